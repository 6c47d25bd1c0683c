#!/usr/bin/python3
# SPDX-License-Identifier: Apache-2.0
"""Force layout on the national graph, side by side with networkx spring_layout and Graphviz sfdp.

The graph (552 regions, kab/kota + province borders, 3,000 seeded synthetic suggestion links) comes from
ksd_bench_layout itself, exported as an edge list (for networkx) and as DOT (for sfdp), so all three tools lay out
exactly the same graph. The tools take turns, one run each per round (at least 5 rounds), so that a change of
machine load hits them alike; each is timed by wall clock and by CPU time (its own process's, or the sfdp child's),
and the ratios (peer / PetaKSD) use CPU time, the fairer figure on a shared machine. PetaKSD is timed inside its
process (forceLayout alone); sfdp as a whole process, whose start-up is shown on a row of its own.

Quality: the normalised stress (distance distortion, ksd::layoutStress: 0 = distances exactly proportional to
hop distances, lower is better) of each tool's drawing of the same graph, computed by ksd_bench_layout
--stress-of from the positions the tool returned (sfdp's from -Tplain). Rows are printed as a table and as
"ROW<TAB>label<TAB>implementation<TAB>wall_ms<TAB>cpu_ms<TAB>runs<TAB>check" lines (see bench/run.sh).
A benchmark, not a timed test.

    bench/peers_layout.py [--bench BUILD/bench/ksd_bench_layout] [--runs N] [--iterations N] [--json]

Peers: python3-networkx (with python3-numpy and python3-scipy: spring_layout uses the sparse solver from 500
nodes up) and graphviz. When one is missing and we are root, it is installed with apt-get; otherwise that row is
skipped with a note.
"""
import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def apt_install(packages):
    if os.geteuid() != 0 or not shutil.which("apt-get"):
        return False
    cmd = ["apt-get", "-o", "DPkg::Lock::Timeout=600", "install", "-y", "-q"] + packages
    return subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                          env=dict(os.environ, DEBIAN_FRONTEND="noninteractive")).returncode == 0


def import_networkx():
    try:
        import networkx  # noqa: F401
        import numpy  # noqa: F401
        import scipy  # noqa: F401
        return True
    except ImportError:
        return False


def ensure_peers():
    notes = []
    if not import_networkx():
        # A pyenv or venv python3 does not see Debian's packages: rerun under the system interpreter.
        if sys.executable != "/usr/bin/python3" and os.path.exists("/usr/bin/python3") and \
                subprocess.run(["/usr/bin/python3", "-c", "import networkx, numpy, scipy"],
                               stderr=subprocess.DEVNULL).returncode == 0:
            os.execv("/usr/bin/python3", ["/usr/bin/python3"] + sys.argv)
        if apt_install(["python3-networkx", "python3-numpy", "python3-scipy"]) and \
                sys.executable != "/usr/bin/python3" and os.path.exists("/usr/bin/python3"):
            os.execv("/usr/bin/python3", ["/usr/bin/python3"] + sys.argv)
        if not import_networkx():
            notes.append("networkx/numpy/scipy not available: apt-get install python3-networkx python3-numpy "
                         "python3-scipy")
    if not shutil.which("sfdp") and not apt_install(["graphviz"]):
        notes.append("sfdp not available: apt-get install graphviz")
    return notes


def find_bench(explicit):
    if explicit:
        return explicit
    for d in ("build", "build-layout", "build-bench"):
        p = os.path.join(ROOT, d, "bench", "ksd_bench_layout")
        if os.access(p, os.X_OK):
            return p
    sys.exit("ksd_bench_layout not found: build it (cmake --build BUILD --target ksd_bench_layout) "
             "and pass --bench PATH")


def timed(fn):
    """(wall ms, cpu ms) of one call; CPU counts this process and any child it waited for."""
    def cpu():
        me = resource.getrusage(resource.RUSAGE_SELF)
        kids = resource.getrusage(resource.RUSAGE_CHILDREN)
        return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime
    c0, t0 = cpu(), time.perf_counter()
    fn()
    return (time.perf_counter() - t0) * 1000.0, (cpu() - c0) * 1000.0


def load_graph(path):
    import networkx as nx
    g = nx.Graph()
    with open(path, encoding="utf-8") as f:
        for line in f:
            parts = line.rstrip("\n").split("\t")
            if parts[0] == "node":
                g.add_node(parts[1])
            else:
                g.add_edge(parts[0], parts[1], weight=float(parts[2]))
    return g


def stress_of(bench, positions, tmp, name):
    """Normalised stress (hops) of {code: (x, y)} on the national graph, by ksd_bench_layout --stress-of."""
    path = os.path.join(tmp, name + ".positions.tsv")
    with open(path, "w", encoding="utf-8") as f:
        for code, (x, y) in sorted(positions.items()):
            f.write("%s\t%r\t%r\n" % (code, float(x), float(y)))
    out = subprocess.run([bench, "--stress-of", path], capture_output=True, text=True)
    if out.returncode != 0:
        return None
    return json.loads(out.stdout)


def sfdp_positions(plain):
    """{name: (x, y)} from sfdp -Tplain output ("node name x y width height ...")."""
    pos = {}
    for line in plain.splitlines():
        parts = line.split()
        if len(parts) >= 4 and parts[0] == "node":
            pos[parts[1].strip('"')] = (float(parts[2]), float(parts[3]))
    return pos


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--bench", help="path to ksd_bench_layout")
    ap.add_argument("--runs", type=int, default=7, help="rounds (at least 5)")
    ap.add_argument("--iterations", type=int, default=100,
                    help="PetaKSD: at most this many stress sweeps; networkx: spring_layout iterations")
    ap.add_argument("--json", action="store_true", help="print one JSON object instead of the table")
    args = ap.parse_args()
    runs = max(5, args.runs)

    notes = ensure_peers()
    bench = find_bench(args.bench)
    with tempfile.TemporaryDirectory(prefix="ksd-peers-") as tmp:
        edges = os.path.join(tmp, "national.tsv")
        dot = os.path.join(tmp, "national.dot")
        tiny = os.path.join(tmp, "one.dot")
        with open(tiny, "w", encoding="utf-8") as f:
            f.write("graph one { a; }\n")

        def ours():
            out = subprocess.run([bench, "--json", "--runs", "1", "--iterations", str(args.iterations),
                                  "--export-edges", edges, "--export-dot", dot],
                                 check=True, capture_output=True, text=True).stdout
            return json.loads(out)

        info = ours()  # also writes the edge list and the DOT file
        tools = []  # (label, fn returning (wall, cpu), stress or None)
        tools.append(("PetaKSD forceLayout (stress model, <= %d sweeps + pack + de-overlap)" % args.iterations,
                      lambda: (lambda o: (o["force_ms"], o["force_cpu_ms"]))(ours()), info["force_stress"]))
        if import_networkx():
            import networkx as nx
            g = load_graph(edges)
            assert g.number_of_nodes() == info["nodes"] and g.number_of_edges() == info["links"], \
                "the exported graph does not match"
            for it in sorted({args.iterations, 50}):
                label = "networkx %s spring_layout (%d it.%s)" % (nx.__version__, it, ", default" if it == 50 else "")
                st = stress_of(bench, nx.spring_layout(g, iterations=it, seed=1, weight="weight"), tmp, "nx%d" % it)
                tools.append((label, lambda it=it: timed(
                    lambda: nx.spring_layout(g, iterations=it, seed=1, weight="weight")),
                    st["stress"] if st else None))
        if shutil.which("sfdp"):
            version = subprocess.run(["sfdp", "-V"], capture_output=True, text=True).stderr.strip()
            version = version.split(" (")[0].replace("sfdp - graphviz version", "Graphviz").strip()

            def run_sfdp(path):
                subprocess.run(["sfdp", "-Tplain", path], check=True, stdout=subprocess.DEVNULL)
            plain = subprocess.run(["sfdp", "-Tplain", dot], check=True, capture_output=True, text=True).stdout
            st = stress_of(bench, sfdp_positions(plain), tmp, "sfdp")
            if st is None:
                notes.append("sfdp's -Tplain output did not give a position for every node")
            tools.append(("sfdp -Tplain (%s; whole process incl. DOT parse)" % version,
                          lambda: timed(lambda: run_sfdp(dot)), st["stress"] if st else None))
            tools.append(("  of which process start-up (1-node graph)", lambda: timed(lambda: run_sfdp(tiny)),
                          None))

        samples = [([], []) for _ in tools]
        for _ in range(runs):
            for i, (_, fn, _) in enumerate(tools):
                wall, cpu = fn()
                samples[i][0].append(wall)
                samples[i][1].append(cpu)
        rows = [(label, statistics.median(w), statistics.median(c), min(w), max(w), min(c), max(c), st)
                for (label, _, st), (w, c) in zip(tools, samples)]
    ours_cpu = rows[0][2]
    sfdp = [r for r in rows if r[0].startswith("sfdp")]

    if args.json:
        print(json.dumps({"graph": {"nodes": info["nodes"], "links": info["links"]}, "runs": runs,
                          "rows": [{"tool": t, "median_wall_ms": round(w, 3), "median_cpu_ms": round(c, 3),
                                    "min_wall_ms": round(wlo, 3), "max_wall_ms": round(whi, 3),
                                    "min_cpu_ms": round(clo, 3), "max_cpu_ms": round(chi, 3), "stress": st,
                                    "cpu_ratio_to_petaksd": round(c / ours_cpu, 3)}
                                   for t, w, c, wlo, whi, clo, chi, st in rows],
                          "notes": notes}))
        return
    print("Force layout, national graph: %d nodes, %d links; medians of %d interleaved runs, load %s" %
          (info["nodes"], info["links"], runs, open("/proc/loadavg").read().split()[0]))
    print("%-68s %9s %9s %15s %9s %8s" % ("tool", "wall ms", "cpu ms", "cpu min..max", "x PetaKSD", "stress"))
    for tool, w, c, wlo, whi, clo, chi, st in rows:
        print("%-68s %9.1f %9.1f %7.1f..%-7.1f %9.2f %8s" % (tool, w, c, clo, chi, c / ours_cpu,
                                                           "%.4f" % st if st is not None else "-"))
    print("(ratio = peer CPU time / PetaKSD CPU time; stress = normalised stress against hop distances, lower is "
          "better)")
    if sfdp:
        s = sfdp[0]
        print("sfdp / PetaKSD: %.2fx CPU, %.2fx wall; stress PetaKSD %.4f vs sfdp %s" %
              (s[2] / ours_cpu, s[1] / rows[0][1], rows[0][7], "%.4f" % s[7] if s[7] is not None else "-"))
    label = "force layout, national graph (%d nodes, %d links)" % (info["nodes"], info["links"])
    for tool, w, c, wlo, whi, clo, chi, st in rows:
        print("ROW\t%s\t%s\t%.2f\t%.2f\t%d\twall min %.1f max %.1f, cpu min %.1f max %.1f ms; stress %s" %
              (label, tool.strip(), w, c, runs, wlo, whi, clo, chi, "%.4f" % st if st is not None else "-"))
    for n in notes:
        print("note: " + n)


if __name__ == "__main__":
    main()
