#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""Crash proof as a benchmark (issue 14): kill saves, imports and merges with SIGKILL at random moments.

    python3 bench/bench_kill.py [--build DIR] [--kills N] [--inplace-kills N] [--entries N] [--seed S] [--work DIR]

N kills in all (default 510), split evenly over three child processes that each replace one project file:
  save   -- BUILD/tests/ksd_save_child FILE ENTRIES: saves two versions of a project (titles A and B) in a loop;
  import -- petaksd import FILE --entries CSV: adds rows to the project;
  merge  -- petaksd merge FILE COPY --prefer theirs: merges a copy that added and changed entries.
Each round restores the project, starts the child, kills it with SIGKILL after a random delay (from zero to a
little over the time the whole operation takes, measured first) and then checks that
  * the file opens (petaksd check exits 0) with a whole entry count,
  * its entries export byte for byte as the old or as the new content (never a mix, never lost rows),
  * no temporary file of a killed save is older than the two minutes the next save needs to remove it
    (KsdStore::save removes those older than a minute), and at the end, a minute after the last kill, one
    uninterrupted save leaves none at all.
Then --inplace-kills kills (default 200) land during saves in place (KsdStore::save with a baseline: a few rows
in one SQLite transaction on the file, its rollback journal giving the atomicity; see kill_in_place()), each
followed by a load that must give version A or version B of the project, whole.
Prints the counts per operation (killed before/after the file changed) and exits 1 on any violation.
A benchmark, not a test: it takes minutes and its timing depends on the machine.
"""
import argparse
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def run(args, **kw):
    return subprocess.run(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=ENV, **kw)


def export_entries(petaksd, path, out):
    r = run([petaksd, "export", path, "--entries", "-o", out])
    if r.returncode != 0:
        return None
    with open(out, "rb") as f:
        return f.read()


def check(petaksd, path):
    r = run([petaksd, "check", path])
    return r.returncode, r.stdout.decode("utf-8", "replace")


def temps(folder, name):
    prefix = "." + name + ".tmp-"
    now = time.time()
    out = []
    for f in os.listdir(folder):
        if f.startswith(prefix):
            try:
                out.append(now - os.stat(os.path.join(folder, f)).st_mtime)
            except FileNotFoundError:
                pass
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--build", default=os.path.join(ROOT, "build"))
    ap.add_argument("--kills", type=int, default=510)
    ap.add_argument("--entries", type=int, default=1500)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--inplace-kills", type=int, default=200,
                    help="kills during saves in place (after the N kills of save/import/merge; 0 skips them)")
    ap.add_argument("--work", default=None, help="folder for the files (default: a new temporary folder)")
    a = ap.parse_args()

    petaksd = os.path.join(a.build, "app", "petaksd")
    save_child = os.path.join(a.build, "tests", "ksd_save_child")
    for b in (petaksd, save_child):
        if not os.access(b, os.X_OK):
            sys.exit(f"missing {b}: build the targets petaksd and ksd_save_child first")
    rng = random.Random(a.seed)
    work = a.work or tempfile.mkdtemp(prefix="petaksd-kill-")
    os.makedirs(work, exist_ok=True)
    target = os.path.join(work, "proyek.ksd")
    name = os.path.basename(target)

    # Fixtures: a synthetic project, a CSV to import (a slice of its own entries), a copy that added entries.
    base = os.path.join(work, "base.ksd")
    r = run([petaksd, "synth", base, "--entries", str(a.entries), "--seed", str(a.seed)])
    if r.returncode != 0:
        sys.exit("synth failed: " + r.stderr.decode())
    csv = os.path.join(work, "tambahan.csv")
    full = export_entries(petaksd, base, os.path.join(work, "semua.csv"))
    lines = full.split(b"\r\n") if b"\r\n" in full else full.split(b"\n")
    with open(csv, "wb") as f:
        f.write(b"\n".join(lines[: 1 + max(50, a.entries // 5)]) + b"\n")
    copy = os.path.join(work, "salinan.ksd")
    if run([petaksd, "send", base, "--to", "Dinas Uji", "-o", copy]).returncode != 0:
        sys.exit("send failed")
    if run([petaksd, "import", copy, "--entries", csv, "--pd", "Dinas Uji"]).returncode != 0:
        sys.exit("import into the copy failed")

    # The save child writes its own project (titles A and B); its reference content comes from one clean run.
    ops = {}
    scratch = os.path.join(work, "acuan.ksd")
    for op in ("save", "import", "merge"):
        shutil.copyfile(base, scratch)
        if op == "save":
            p = subprocess.Popen([save_child, scratch, str(a.entries)], env=ENV)
            time.sleep(1.5)
            p.kill()
            p.wait()
            for f in os.listdir(work):
                if f.startswith("." + os.path.basename(scratch) + ".tmp-"):
                    os.remove(os.path.join(work, f))
            old = new = export_entries(petaksd, scratch, os.path.join(work, "x.csv"))
            start = scratch + ".awal"
            shutil.copyfile(scratch, start)
            title = "A" if "Judul: A\n" in check(petaksd, start)[1] else "B"
            duration = 1.0
        else:
            start = base
            old = export_entries(petaksd, base, os.path.join(work, "x.csv"))
            t = time.time()
            args = [petaksd, "import", scratch, "--entries", csv] if op == "import" else \
                   [petaksd, "merge", scratch, copy, "--prefer", "theirs"]
            if run(args).returncode != 0:
                sys.exit(op + " failed without a kill")
            duration = time.time() - t
            new = export_entries(petaksd, scratch, os.path.join(work, "x.csv"))
            if old == new:
                sys.exit(op + " changes nothing: the check would be vacuous")
        ops[op] = {"start": start, "old": old, "new": new, "duration": duration,
                   "title": title if op == "save" else None}

    counts = {op: {"kills": 0, "old": 0, "new": 0} for op in ops}
    violations = []
    max_temps = 0
    per_op = a.kills // 3 + (1 if a.kills % 3 else 0)
    started = time.time()
    for i in range(per_op * 3):
        op = ("save", "import", "merge")[i % 3]
        o = ops[op]
        shutil.copyfile(o["start"], target)
        if op == "save":
            args = [save_child, target, str(a.entries)]
        elif op == "import":
            args = [petaksd, "import", target, "--entries", csv]
        else:
            args = [petaksd, "merge", target, copy, "--prefer", "theirs"]
        delay = rng.uniform(0.0, o["duration"] * 1.3)
        p = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=ENV)
        time.sleep(delay)
        p.send_signal(signal.SIGKILL)
        p.wait()
        counts[op]["kills"] += 1
        code, text = check(petaksd, target)
        got = export_entries(petaksd, target, os.path.join(work, "x.csv")) if code == 0 else None
        if code != 0 or got is None:
            violations.append(f"{op} kill {i}: the file does not open after {delay:.3f}s: {text.strip()[:200]}")
        elif op == "save":
            # The save child alternates the title between A and B over the same entries.
            title = "A" if "Judul: A\n" in text else "B" if "Judul: B\n" in text else None
            if got != o["new"] or title is None:
                violations.append(f"save kill {i}: neither version A nor version B, whole")
            else:
                counts[op]["old" if title == o["title"] else "new"] += 1
        elif got == o["new"]:
            counts[op]["new"] += 1
        elif got == o["old"]:
            counts[op]["old"] += 1
        else:
            violations.append(f"{op} kill {i}: the entries are neither the old nor the new content")
        ages = temps(work, name)
        max_temps = max(max_temps, len(ages))
        if any(age > 120 for age in ages):
            violations.append(f"{op} kill {i}: a temporary file {max(ages):.0f}s old was not removed")
        if (i + 1) % 60 == 0:
            print(f"  {i + 1} kills, {len(ages)} temporary files now, {time.time() - started:.0f}s", flush=True)

    inplace = kill_in_place(a, rng, petaksd, save_child, base, work, violations) if a.inplace_kills > 0 else None

    # A minute after the last kill, one save that runs to its end removes every stale temporary file.
    left_before = len(temps(work, name))
    time.sleep(61)
    shutil.copyfile(base, target)
    if run([petaksd, "import", target, "--entries", csv]).returncode != 0:
        violations.append("the final import failed")
    left = temps(work, name)
    if left:
        violations.append(f"{len(left)} temporary files left after the final save")

    total = sum(c["kills"] for c in counts.values())
    print(f"SIGKILL during save/import/merge: {total} kills in {time.time() - started:.0f}s "
          f"(project of {a.entries} entries, seed {a.seed}, folder {work})")
    for op, c in counts.items():
        print(f"  {op:6s}: {c['kills']} kills; file afterwards: old content {c['old']}, new content {c['new']}; "
              f"whole operation {ops[op]['duration']:.2f}s")
    if inplace:
        print(f"  in place: {inplace['kills']} kills during saves in place (KsdStore::save with a baseline) in "
              f"{inplace['seconds']:.0f}s; file afterwards: version A {inplace['A']}, version B {inplace['B']}; "
              f"a hot rollback journal left by the kill {inplace['journal']} times (that file checked as above, then "
              f"loaded by the next child, whose first save is a full rewrite that rolls the journal back first); "
              f"{inplace['saves']} saves in place completed in all")
    print(f"  temporary files of killed saves: at most {max_temps} at once, {left_before} before the final save, "
          f"{len(left)} after it")
    print(f"  violations: {len(violations)}")
    for v in violations[:20]:
        print("   - " + v)
    if not a.work:
        shutil.rmtree(work, ignore_errors=True)
    return 1 if violations else 0


def kill_in_place(a, rng, petaksd, save_child, base, work, violations):
    """SIGKILL during saves in place: ksd_save_child --in-place alternates versions A and B of the project in one
    file, each save writing a few rows in one SQLite transaction. The file is never restored between kills: each
    child starts from what the last kill left, a hot rollback journal included, so that the load after a kill and
    the save after that load are exercised too. After each kill the file must load as version A or version B,
    whole (the title and every entry of the same version)."""
    target = os.path.join(work, "ditempat.ksd")
    refs = {}
    for v in ("A", "B"):
        out = os.path.join(work, f"versi{v}.ksd")
        r = run([save_child, "--write", base, out, v])
        if r.returncode != 0:
            sys.exit(f"ksd_save_child --write {v} failed: " + r.stderr.decode())
        refs[v] = export_entries(petaksd, out, os.path.join(work, "x.csv"))
    if refs["A"] == refs["B"]:
        sys.exit("versions A and B export the same entries: the check would be vacuous")
    shutil.copyfile(os.path.join(work, "versiA.ksd"), target)
    stats = {"kills": 0, "A": 0, "B": 0, "journal": 0, "saves": 0}
    errlog = os.path.join(work, "anak.err")
    started = time.time()
    for i in range(a.inplace_kills):
        with open(errlog, "wb") as err:
            p = subprocess.Popen([save_child, "--in-place", target, base], stdout=subprocess.PIPE, stderr=err,
                                 env=ENV)
            ready = p.stdout.readline()
            if ready.strip() != b"ready":
                p.kill()
                p.wait()
                violations.append(f"in-place kill {i}: the child did not start: {open(errlog, 'rb').read()[:200]!r}")
                continue
            time.sleep(rng.uniform(0.0, 0.4))
            p.send_signal(signal.SIGKILL)
            stats["saves"] += p.stdout.read().count(b"saved")
            p.wait()
        stats["kills"] += 1
        complaint = open(errlog, "rb").read().decode("utf-8", "replace").strip()
        if complaint:
            violations.append(f"in-place kill {i}: the child said: {complaint[:200]}")
        if os.path.exists(target + "-journal") and os.path.getsize(target + "-journal") > 0:
            stats["journal"] += 1
        code, text = check(petaksd, target)
        got = export_entries(petaksd, target, os.path.join(work, "x.csv")) if code == 0 else None
        title = "A" if "Judul: A\n" in text else "B" if "Judul: B\n" in text else None
        if code != 0 or got is None:
            violations.append(f"in-place kill {i}: the file does not open: {text.strip()[:200]}")
        elif title is None or got != refs[title]:
            violations.append(f"in-place kill {i}: neither version A nor version B, whole (title {title})")
        else:
            stats[title] += 1
        if (i + 1) % 50 == 0:
            print(f"  {i + 1} kills in place, {time.time() - started:.0f}s", flush=True)
    stats["seconds"] = time.time() - started
    return stats


ENV = dict(os.environ, QT_QPA_PLATFORM="offscreen")

if __name__ == "__main__":
    sys.exit(main())
