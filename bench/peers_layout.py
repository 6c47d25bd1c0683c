#!/usr/bin/python3
# SPDX-License-Identifier: Apache-2.0
"""Force layout on the national graph, side by side with networkx spring_layout and Graphviz sfdp.

The graph (552 regions, kab/kota + province borders, 3,000 seeded synthetic suggestion links) comes from
ksd_bench_layout itself, exported as an edge list (for networkx) and as DOT (for sfdp), so all three tools lay out
exactly the same graph. The tools take turns, one run each per round, so that a change of machine load hits them
alike; each is timed by wall clock and by CPU time (its own process's, or the sfdp child's), and the ratios
(peer / PetaKSD) use CPU time, the fairer figure on a shared machine. A benchmark, not a timed test.

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


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--bench", help="path to ksd_bench_layout")
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--iterations", type=int, default=100, help="force iterations for PetaKSD and networkx")
    ap.add_argument("--json", action="store_true", help="print one JSON object instead of the table")
    args = ap.parse_args()

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
        tools = []  # (label, fn returning (wall, cpu))
        tools.append(("PetaKSD forceLayout (Boost FR %d it. + pack + de-overlap)" % args.iterations,
                      lambda: (lambda o: (o["force_ms"], o["force_cpu_ms"]))(ours())))
        if import_networkx():
            import networkx as nx
            g = load_graph(edges)
            assert g.number_of_nodes() == info["nodes"] and g.number_of_edges() == info["links"], \
                "the exported graph does not match"
            for it in sorted({args.iterations, 50}):
                label = "networkx %s spring_layout (%d it.%s)" % (nx.__version__, it, ", default" if it == 50 else "")
                tools.append((label, lambda it=it: timed(
                    lambda: nx.spring_layout(g, iterations=it, seed=1, weight="weight"))))
        if shutil.which("sfdp"):
            version = subprocess.run(["sfdp", "-V"], capture_output=True, text=True).stderr.strip()
            version = version.split(" (")[0].replace("sfdp - graphviz version", "Graphviz").strip()

            def run_sfdp(path):
                subprocess.run(["sfdp", "-Tplain", path], check=True, stdout=subprocess.DEVNULL)
            tools.append(("sfdp -Tplain (%s; whole process incl. DOT parse)" % version,
                          lambda: timed(lambda: run_sfdp(dot))))
            tools.append(("  of which process start-up (1-node graph)", lambda: timed(lambda: run_sfdp(tiny))))

        samples = [([], []) for _ in tools]
        for _ in range(args.runs):
            for i, (_, fn) in enumerate(tools):
                wall, cpu = fn()
                samples[i][0].append(wall)
                samples[i][1].append(cpu)
        rows = [(label, statistics.median(w), statistics.median(c)) for (label, _), (w, c) in zip(tools, samples)]
    ours_cpu = rows[0][2]

    if args.json:
        print(json.dumps({"graph": {"nodes": info["nodes"], "links": info["links"]}, "runs": args.runs,
                          "rows": [{"tool": t, "median_wall_ms": round(w, 3), "median_cpu_ms": round(c, 3),
                                    "cpu_ratio_to_petaksd": round(c / ours_cpu, 3)} for t, w, c in rows],
                          "notes": notes}))
        return
    print("Force layout, national graph: %d nodes, %d links; medians of %d interleaved runs" %
          (info["nodes"], info["links"], args.runs))
    print("%-64s %9s %9s %9s" % ("tool", "wall ms", "cpu ms", "x PetaKSD"))
    for tool, w, c in rows:
        print("%-64s %9.1f %9.1f %9.2f" % (tool, w, c, c / ours_cpu))
    print("(ratio = peer CPU time / PetaKSD CPU time)")
    for n in notes:
        print("note: " + n)


if __name__ == "__main__":
    main()
