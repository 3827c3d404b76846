"""Rows 2 and 3 of bench/reliability: delayed replies in flight when `stop -g` is sent.

Opens N connections of each kind to bench/reliability.d/drain.php, each asking for a reply
DELAY s away; once every request is out (and SETTLE s more), runs the stop command and waits
for the master to exit; then counts the replies that arrived. Also serves the backend of the
"async" kind (the line "DELAY ID" answered with "ID" after DELAY s). Prints one JSON object.
"""
import argparse
import asyncio
import json
import os
import time

import websockets

KINDS = ("timer", "co", "async", "http", "ws")


def alive(pid):
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().rsplit(")", 1)[1].split()[0] not in ("Z", "X")
    except OSError:
        return False


async def backend(reader, writer):
    try:
        while line := await reader.readline():
            delay, ident = line.decode().split()
            await asyncio.sleep(float(delay))
            writer.write(f"{ident}\n".encode())
            await writer.drain()
    except (ConnectionError, ValueError):
        pass
    finally:
        writer.close()


class Run:
    def __init__(self, a):
        self.a = a
        self.sent = 0
        self.all_sent = asyncio.Event()
        self.stop_at = None
        self.got = {k: 0 for k in KINDS}
        self.early = {k: 0 for k in KINDS}
        self.errors = {k: [] for k in KINDS}
        self.local_ports = []

    def mark_sent(self):
        self.sent += 1
        if self.sent == self.total:
            self.all_sent.set()

    def reply(self, kind, ok, why=""):
        if ok:
            self.got[kind] += 1
            if self.stop_at is None:
                self.early[kind] += 1
        elif len(self.errors[kind]) < 3:
            self.errors[kind].append(why)

    async def text(self, kind, i):
        a = self.a
        try:
            r, w = await asyncio.wait_for(asyncio.open_connection("127.0.0.1", a.port), 5)
            self.local_ports.append(w.get_extra_info("sockname")[1])
            w.write(f"{kind} {a.delay} {i}\n".encode())
            await w.drain()
            self.mark_sent()
            line = await asyncio.wait_for(r.readline(), a.delay + a.wait)
            self.reply(kind, line == f"{kind} {i}\n".encode(), f"got {line!r}")
            w.close()
        except (OSError, asyncio.TimeoutError) as e:
            self.reply(kind, False, repr(e))

    async def http(self, i):
        a = self.a
        try:
            r, w = await asyncio.wait_for(asyncio.open_connection("127.0.0.1", a.port2), 5)
            w.write(f"GET /?delay={a.delay}&id={i} HTTP/1.1\r\nHost: x\r\n\r\n".encode())
            await w.drain()
            self.mark_sent()
            head = await asyncio.wait_for(r.readuntil(b"\r\n\r\n"), a.delay + a.wait)
            length = 0
            for h in head.decode().split("\r\n"):
                if h.lower().startswith("content-length:"):
                    length = int(h.split(":")[1])
            body = await asyncio.wait_for(r.readexactly(length), 5)
            ok = head.startswith(b"HTTP/1.1 200") and body == f"http {i}".encode()
            self.reply("http", ok, f"got {head[:20]!r} {body!r}")
            w.close()
        except (OSError, asyncio.TimeoutError, asyncio.IncompleteReadError) as e:
            self.reply("http", False, repr(e))

    async def ws(self, i):
        a = self.a
        uri = f"ws://127.0.0.1:{a.port3}/?delay={a.delay}&id={i}"
        try:
            async with websockets.connect(uri, open_timeout=5, close_timeout=1, ping_interval=None) as c:
                self.mark_sent()
                msg = await asyncio.wait_for(c.recv(), a.delay + a.wait)
                self.reply("ws", msg == f"push {i}", f"got {msg!r}")
        except (OSError, asyncio.TimeoutError, websockets.WebSocketException) as e:
            self.reply("ws", False, repr(e))

    async def main(self):
        a = self.a
        kinds = a.kinds.split(",")
        self.total = a.n * len(kinds)
        srv = await asyncio.start_server(backend, "127.0.0.1", a.backend_port) if a.backend_port else None
        tasks = []
        for kind in kinds:
            for i in range(a.n):
                if kind in ("timer", "co", "async"):
                    tasks.append(asyncio.create_task(self.text(kind, i)))
                else:
                    tasks.append(asyncio.create_task(getattr(self, kind)(i)))
        try:
            await asyncio.wait_for(self.all_sent.wait(), 10)
        except asyncio.TimeoutError:
            pass
        await asyncio.sleep(a.settle)
        t0 = time.monotonic()
        self.stop_at = t0
        proc = await asyncio.create_subprocess_shell(a.stop, stdout=asyncio.subprocess.PIPE,
                                                     stderr=asyncio.subprocess.STDOUT)
        try:
            out, _ = await asyncio.wait_for(proc.communicate(), a.delay + a.wait + 10)
            rc = proc.returncode
        except asyncio.TimeoutError:
            proc.kill()
            out, rc = b"(timed out)", -1
        stop_secs = time.monotonic() - t0
        gone_secs = None
        while time.monotonic() - t0 < a.delay + a.wait + 10:
            if not alive(a.master):
                gone_secs = time.monotonic() - t0
                break
            await asyncio.sleep(0.01)
        await asyncio.gather(*tasks)
        if srv:
            srv.close()
        return {
            "sent": self.sent, "total": self.total, "got": self.got, "early": self.early,
            "errors": self.errors, "stop_rc": rc, "stop_out": out.decode(errors="replace").strip(),
            "stop_secs": round(stop_secs, 3),
            "master_gone_secs": None if gone_secs is None else round(gone_secs, 3),
            "local_ports": self.local_ports,
        }


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--port", type=int, required=True)
    p.add_argument("--port2", type=int, default=0)
    p.add_argument("--port3", type=int, default=0)
    p.add_argument("--backend-port", type=int, default=0)
    p.add_argument("--kinds", default=",".join(KINDS))
    p.add_argument("--n", type=int, default=100)
    p.add_argument("--delay", type=float, default=3)
    p.add_argument("--settle", type=float, default=0.5)
    p.add_argument("--wait", type=float, default=10, help="how long past DELAY a reply may take")
    p.add_argument("--stop", required=True, help="shell command that stops the server")
    p.add_argument("--master", type=int, required=True, help="the master's pid")
    a = p.parse_args()
    print(json.dumps(asyncio.run(Run(a).main())))


if __name__ == "__main__":
    main()
