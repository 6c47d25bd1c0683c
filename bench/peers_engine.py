#!/usr/bin/python3
# SPDX-License-Identifier: Apache-2.0
"""The allocation's min-cost max-flow, timed with networkx on exactly the problems PetaKSD solved.

ksd_bench_engine --export-dir DIR writes DIR/allocation.txt (every transport problem of the allocation:
"P nSupply nDemand nArcs", "S supplies...", "D demands...", then "A from to capacity cost" per arc) and
DIR/allocation_totals.txt (PetaKSD's total flow and cost). This script solves the same problems with
networkx.max_flow_min_cost, checks that flow and cost agree, and prints ROW lines in the format of bench/run.sh:

    ROW <TAB> label <TAB> implementation <TAB> wall_ms <TAB> cpu_ms <TAB> runs <TAB> check   (medians)

Both sides split each problem into its connected pieces before solving (PetaKSD does it inside
graph::minCostMaxFlow; here it is done once, outside the timing, which favours networkx). networkx's time is the
solve only; graph construction is excluded (again in networkx's favour). A benchmark, not a timed test.

    bench/peers_engine.py --export-dir DIR [--runs N]
"""
import argparse
import os
import statistics
import subprocess
import sys
import time


def ensure_networkx():
    try:
        import networkx  # noqa: F401
        return True
    except ImportError:
        # A pyenv or venv python3 does not see Debian's python3-networkx: rerun under the system interpreter.
        if sys.executable != "/usr/bin/python3" and os.path.exists("/usr/bin/python3") and \
                subprocess.run(["/usr/bin/python3", "-c", "import networkx"], stderr=subprocess.DEVNULL).returncode == 0:
            os.execv("/usr/bin/python3", ["/usr/bin/python3"] + sys.argv)
        return False


def read_problems(path):
    problems = []
    with open(path, encoding="utf-8") as f:
        cur = None
        for line in f:
            parts = line.split()
            if not parts:
                continue
            if parts[0] == "P":
                cur = {"supply": [], "demand": [], "arcs": []}
                problems.append(cur)
            elif parts[0] == "S":
                cur["supply"] = [int(x) for x in parts[1:]]
            elif parts[0] == "D":
                cur["demand"] = [int(x) for x in parts[1:]]
            elif parts[0] == "A":
                cur["arcs"].append(tuple(int(x) for x in parts[1:5]))
    return problems


def pieces(problem):
    """Connected pieces of one problem as networkx graphs with their own source and sink."""
    import networkx as nx
    supply, demand = problem["supply"], problem["demand"]
    g = nx.Graph()
    usable = [a for a in problem["arcs"] if a[2] > 0 and supply[a[0]] > 0 and demand[a[1]] > 0]
    for fr, to, _cap, _cost in usable:
        g.add_edge(("s", fr), ("d", to))
    out = []
    for comp in nx.connected_components(g):
        d = nx.DiGraph()
        for kind, i in comp:
            if kind == "s":
                d.add_edge("SRC", ("s", i), capacity=supply[i], weight=0)
            else:
                d.add_edge(("d", i), "SNK", capacity=demand[i], weight=0)
        for fr, to, cap, cost in usable:
            if ("s", fr) in comp:
                d.add_edge(("s", fr), ("d", to), capacity=cap, weight=cost)
        out.append(d)
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--export-dir", required=True)
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args()
    if not ensure_networkx():
        print("note: networkx not available: bash packaging/install-deps.sh --bench", file=sys.stderr)
        return 0
    import networkx as nx

    problems = read_problems(os.path.join(args.export_dir, "allocation.txt"))
    with open(os.path.join(args.export_dir, "allocation_totals.txt"), encoding="utf-8") as f:
        ours_flow, ours_cost = (int(x) for x in f.read().split())
    graphs = [g for p in problems for g in pieces(p)]
    nodes = sum(len(p["supply"]) + len(p["demand"]) for p in problems)
    arcs = sum(len(p["arcs"]) for p in problems)

    wall, cpu = [], []
    flow = cost = 0
    for _ in range(max(1, args.runs)):
        flow = cost = 0
        t0, c0 = time.perf_counter(), time.process_time()
        for g in graphs:
            fd = nx.max_flow_min_cost(g, "SRC", "SNK")
            flow += sum(fd["SRC"].values())
            cost += nx.cost_of_flow(g, fd)
        wall.append((time.perf_counter() - t0) * 1000.0)
        cpu.append((time.process_time() - c0) * 1000.0)
    agree = "agrees" if (flow, cost) == (ours_flow, ours_cost) else \
        "DIFFERS from PetaKSD (flow %d, cost %d)" % (ours_flow, ours_cost)
    print("ROW\tallocation: min-cost max-flow\tnetworkx %s max_flow_min_cost\t%.2f\t%.2f\t%d\t"
          "%d problems (%d pieces), %d nodes, %d arcs, flow %d, cost %d: %s"
          % (nx.__version__, statistics.median(wall), statistics.median(cpu), len(wall), len(problems),
             len(graphs), nodes, arcs, flow, cost, agree))
    sys.stdout.flush()
    return 0 if (flow, cost) == (ours_flow, ours_cost) else 1


if __name__ == "__main__":
    sys.exit(main())
