--TEST--
WebSocket permessage-deflate with a real client (python3-websockets offers it by default): agreed when the Worker's websocketCompression is on (no context takeover, the window the client asks), messages both ways compressed (RSV1 seen by the client), text, binary, 1 MB, fragments; not agreed when the switch is off; onMessage gets the inflated bytes
--EXTENSIONS--
wserver
pcntl
posix
--SKIPIF--
<?php
exec('/usr/bin/python3 -c "import websockets" 2>&1', $out, $rc);
if ($rc !== 0) die('skip python3-websockets is not installed');
?>
--CONFLICTS--
server
--FILE--
<?php
require __DIR__ . '/../include/server.inc';
$py = <<<'PY'
import asyncio, hashlib, sys, websockets
from websockets.extensions.permessage_deflate import ClientPerMessageDeflateFactory
port, mode = int(sys.argv[1]), sys.argv[2]
async def main():
    ext = [ClientPerMessageDeflateFactory(server_max_window_bits=10)] if mode == "bits" else "deflate"
    async with websockets.connect("ws://127.0.0.1:%d/" % port, compression=ext if mode != "bits" else None,
                                  extensions=ext if mode == "bits" else None, max_size=4 * 2**20) as ws:
        print(mode, "answer:", ws.response_headers.get("Sec-WebSocket-Extensions"))
        print(mode, "agreed:", [type(e).__name__ for e in ws.extensions])
        # bytes on the wire, as the transport hands them over
        wire = [0]
        orig = ws.data_received
        def count(data):
            wire[0] += len(data)
            orig(data)
        ws.data_received = count
        await ws.send("hello " * 50)
        print(mode, "text:", await ws.recv())
        await ws.send(bytes(range(256)) * 8)
        print(mode, "binary:", await ws.recv())
        big = ("lorem ipsum dolor sit amet %d " * 40000) % tuple(range(40000))
        big = big.encode()[:1 << 20]
        await ws.send(big)
        print(mode, "1 MB:", await ws.recv() == "%d %s" % (len(big), hashlib.md5(big).hexdigest()))
        await ws.send(["frag" * 100, "men" * 100, "ted" * 100])
        print(mode, "fragments:", await ws.recv())
        before = wire[0]
        await ws.send("big please")
        reply = await ws.recv()
        print(mode, "server's big message:", len(reply), reply[:12], "in fewer than 5000 bytes:", wire[0] - before < 5000)
asyncio.run(asyncio.wait_for(main(), 30))
PY;
file_put_contents($f = sys_get_temp_dir() . '/wserver_ws_deflate_' . getmypid() . '.py', $py);
foreach (['on' => true, 'bits' => true, 'off' => false] as $mode => $enabled) {
    wserver_test_run(function (int $port) use ($enabled) {
        $w = new WServer\Worker("websocket://127.0.0.1:$port");
        $w->websocketCompression = $enabled;
        $w->onMessage = function ($c, $data) {
            if (str_starts_with($data, 'fragfrag')) {
                $c->send(strlen($data) . ' ' . md5($data));
                return;
            }
            if ($data === 'big please') {
                $c->send(str_repeat('0123456789', 20000));
                return;
            }
            if (strlen($data) > 100000) {
                $c->send(strlen($data) . ' ' . md5($data));
                return;
            }
            if (!ctype_print($data)) {
                $c->websocketType = "\x82";
                $c->send(strlen($data) . ' bytes ' . md5($data));
                $c->websocketType = "\x81";
                return;
            }
            $c->send(strlen($data) . ' chars ' . substr($data, 0, 12));
        };
        WServer\Worker::runAll();
    }, function (int $port) use ($f, $mode) {
        passthru('env -u LD_PRELOAD timeout 40 /usr/bin/python3 ' . escapeshellarg($f) . " $port $mode 2>&1");
    });
}
unlink($f);
?>
--EXPECTF--
on answer: permessage-deflate; server_no_context_takeover; client_no_context_takeover
on agreed: ['PerMessageDeflate']
on text: 300 chars hello hello 
on binary: b'2048 bytes %s'
on 1 MB: True
on fragments: 1000 %s
on server's big message: 200000 012345678901 in fewer than 5000 bytes: True
bits answer: permessage-deflate; server_no_context_takeover; client_no_context_takeover; server_max_window_bits=10
bits agreed: ['PerMessageDeflate']
bits text: 300 chars hello hello 
bits binary: b'2048 bytes %s'
bits 1 MB: True
bits fragments: 1000 %s
bits server's big message: 200000 012345678901 in fewer than 5000 bytes: True
off answer: None
off agreed: []
off text: 300 chars hello hello 
off binary: b'2048 bytes %s'
off 1 MB: True
off fragments: 1000 %s
off server's big message: 200000 012345678901 in fewer than 5000 bytes: False
