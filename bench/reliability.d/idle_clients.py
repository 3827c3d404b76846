"""Row 7 of bench/reliability: N idle connections, HTTP keep-alive or WebSocket.

Opens N connections (at most 200 connecting at a time) to bench/reliability.d/idle.php; each
makes one request ("GET /" answered "ok", or a WebSocket handshake and one echoed message), then
stays open and idle. Writes {"kind", "n", "served", "failed", "errors"} as JSON to --ready once
every connection has its answer, then idles until SIGTERM (or --secs).
"""
import argparse
import asyncio
import collections
import json
import signal

import websockets


async def http(a, sem, conns):
    async with sem:
        r, w = await asyncio.wait_for(asyncio.open_connection("127.0.0.1", a.port), 30)
        w.write(b"GET / HTTP/1.1\r\nHost: x\r\n\r\n")
        head = await asyncio.wait_for(r.readuntil(b"\r\n\r\n"), 30)
        length = next(int(h.split(b":")[1]) for h in head.split(b"\r\n") if h.lower().startswith(b"content-length:"))
        body = await asyncio.wait_for(r.readexactly(length), 30)
        if not head.startswith(b"HTTP/1.1 200") or body != b"ok":
            raise ValueError(f"answer {head[:20]!r} {body!r}")
        conns.append(w)


async def ws(a, sem, conns):
    async with sem:
        c = await websockets.connect(f"ws://127.0.0.1:{a.port}/", open_timeout=30, ping_interval=None,
                                     close_timeout=1, max_queue=1)
        await c.send("hello")
        if await asyncio.wait_for(c.recv(), 30) != "hello":
            raise ValueError("no echo")
        conns.append(c)


async def main(a):
    sem = asyncio.Semaphore(200)
    conns = []
    one = http if a.kind == "http" else ws
    results = await asyncio.gather(*(one(a, sem, conns) for _ in range(a.n)), return_exceptions=True)
    errors = collections.Counter(type(r).__name__ + ": " + str(r)[:60] for r in results if r is not None)
    with open(a.ready, "w") as f:
        json.dump({"kind": a.kind, "n": a.n, "served": len(conns), "failed": a.n - len(conns),
                   "errors": dict(errors.most_common(3))}, f)
    stop = asyncio.Event()
    asyncio.get_running_loop().add_signal_handler(signal.SIGTERM, stop.set)
    try:
        await asyncio.wait_for(stop.wait(), a.secs)
    except asyncio.TimeoutError:
        pass


if __name__ == "__main__":
    p = argparse.ArgumentParser()
    p.add_argument("--port", type=int, required=True)
    p.add_argument("--kind", choices=("http", "ws"), required=True)
    p.add_argument("--n", type=int, default=10000)
    p.add_argument("--ready", required=True)
    p.add_argument("--secs", type=float, default=600)
    asyncio.run(main(p.parse_args()))
