"""Row 4 of bench/reliability: kill -9 one worker under load.

CONNS closed-loop connections to bench/reliability.d/echo.php ask "pid" over and over, so each
knows which worker it is on. At KILL_AT s one worker gets SIGKILL: the one with the most of
them among those that also hold connections of the echoload run named by --load-pid (counted
with `ss`), if any. Measured: which connections failed (their worker), how long until a new
worker answers (probes every 10 ms), and the replies/s of the connections on the other workers
in the WINDOW s before and after the kill. A failed connection reconnects, as a client would.
Prints one JSON object.
"""
import argparse
import asyncio
import json
import os
import re
import signal
import subprocess
import time

BUCKET = 0.1


class Run:
    def __init__(self, a):
        self.a = a
        self.t0 = time.monotonic()
        self.buckets = {}        # initial pid -> replies per BUCKET, connections present at the kill
        self.initial = {}        # connection index -> pid it was on at the kill
        self.failed = []         # (connection index, pid, seconds after the kill or None)
        self.kill_at = None
        self.victim = None
        self.new_pid_at = None
        self.stopping = False

    def now(self):
        return time.monotonic() - self.t0

    async def ask(self, r, w):
        w.write(b"pid\n")
        line = await asyncio.wait_for(r.readline(), 5)
        if not line:
            raise ConnectionError("closed")
        return int(line)

    async def conn(self, i):
        while not self.stopping:
            try:
                r, w = await asyncio.wait_for(asyncio.open_connection("127.0.0.1", self.a.port), 2)
            except (OSError, asyncio.TimeoutError):
                await asyncio.sleep(0.01)
                continue
            pid = None
            try:
                while not self.stopping:
                    pid = await self.ask(r, w)
                    if self.kill_at is None:
                        self.initial[i] = pid
                    b = int(self.now() / BUCKET)
                    counts = self.buckets.setdefault(i, {})
                    counts[b] = counts.get(b, 0) + 1
            except (OSError, ValueError, asyncio.TimeoutError):
                since_kill = None if self.kill_at is None else round(self.now() - self.kill_at, 3)
                self.failed.append((i, pid, since_kill))
            w.close()

    async def probe(self):
        """New connections every 10 ms after the kill, until one lands on a new worker."""
        while self.new_pid_at is None and self.now() - self.kill_at < 5:
            try:
                r, w = await asyncio.wait_for(asyncio.open_connection("127.0.0.1", self.a.port), 1)
                pid = await self.ask(r, w)
                w.close()
                if pid not in set(self.initial.values()):
                    self.new_pid_at = self.now() - self.kill_at
                    self.new_pid = pid
            except (OSError, ValueError, asyncio.TimeoutError):
                pass
            await asyncio.sleep(0.01)

    def load_conns(self):
        """Worker pid -> how many of echoload's connections it holds, from `ss`."""
        out = subprocess.run(["ss", "-tnpH", "state", "established"], capture_output=True,
                             text=True, timeout=10).stdout
        port = self.a.port
        owner, load_side = {}, set()   # client port -> worker pid; echoload's client ports
        for line in out.splitlines():
            f = line.split()
            if len(f) < 4:
                continue
            local, peer, users = f[2], f[3], " ".join(f[4:])
            m = re.search(r"pid=(\d+),", users)
            if local.endswith(f":{port}") and m:
                owner[peer.rsplit(":", 1)[1]] = int(m.group(1))
            if peer.endswith(f":{port}") and f"pid={self.a.load_pid}," in users:
                load_side.add(local.rsplit(":", 1)[1])
        per = {}
        for p in load_side:
            if p in owner:
                per[owner[p]] = per.get(owner[p], 0) + 1
        return per, len(load_side)

    async def main(self):
        a = self.a
        tasks = []
        for i in range(a.conns):  # one at a time: a burst of connects lands on one worker
            tasks.append(asyncio.create_task(self.conn(i)))
            await asyncio.sleep(0.01)
        await asyncio.sleep(a.kill_at - 0.01 * a.conns)
        per_pid = {}
        for pid in self.initial.values():
            per_pid[pid] = per_pid.get(pid, 0) + 1
        load, load_total = self.load_conns() if a.load_pid else ({}, None)
        # the victim: a worker with connections of both clients if there is one, then the most of ours
        self.victim = max(per_pid, key=lambda p: (load.get(p, 0) > 0, per_pid[p]))
        load_on_victim = load.get(self.victim, 0) if a.load_pid else None
        os.kill(self.victim, signal.SIGKILL)
        self.kill_at = self.now()
        probe = asyncio.create_task(self.probe())
        await asyncio.sleep(a.secs - a.kill_at)
        self.stopping = True
        await probe
        await asyncio.wait(tasks, timeout=6)

        # replies/s of the connections that were on the other workers at the kill
        others = [i for i, pid in self.initial.items() if pid != self.victim]
        kb = int(self.kill_at / BUCKET)
        nb = int(a.window / BUCKET)

        def rate(lo, hi):
            n = sum(self.buckets[i].get(b, 0) for i in others for b in range(lo, hi))
            return n / ((hi - lo) * BUCKET)

        before, after = rate(kb - nb, kb), rate(kb + 1, kb + 1 + nb)
        on_victim = [i for i, pid in self.initial.items() if pid == self.victim]
        failed_ids = {i for i, _, _ in self.failed}
        return {
            "workers": per_pid, "victim": self.victim,
            "conns_on_victim": len(on_victim),
            "victim_conns_failed": len(failed_ids & set(on_victim)),
            "other_conns_failed": len(failed_ids - set(on_victim)),
            "failures": self.failed[:10],
            "replaced_secs": None if self.new_pid_at is None else round(self.new_pid_at, 3),
            "others_rps_before": round(before), "others_rps_after": round(after),
            "load_conns_on_victim": load_on_victim, "load_conns": load_total,
        }


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--port", type=int, required=True)
    p.add_argument("--conns", type=int, default=32)
    p.add_argument("--secs", type=float, default=6)
    p.add_argument("--kill-at", type=float, default=3)
    p.add_argument("--window", type=float, default=2)
    p.add_argument("--load-pid", type=int, default=0)
    a = p.parse_args()
    print(json.dumps(asyncio.run(Run(a).main())))


if __name__ == "__main__":
    main()
