--TEST--
WebSocket with a real client (python3-websockets): onWebSocketConnect sees the Request, adds headers, may suspend, sends before the 101 (held), refuses with close(); onWebSocketConnected after the 101; echo of text, binary, fragments, 1 MB; ping; server close() sends 1000
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
wserver_test_run(function (int $port) {
    $w = new WServer\Worker("websocket://127.0.0.1:$port");
    $w->onWebSocketConnect = function ($c, $req) {
        if ($req->get('token') !== 'good') {
            $c->close();
            return;
        }
        WServer\Coroutine::sleep(0.05);
        $c->headers = ['X-Path: ' . $req->path(), 'X-Agent' => $req->header('user-agent')];
        $c->send('welcome');
    };
    $w->onWebSocketConnected = fn ($c, $req) => $c->send('connected to ' . $req->path());
    $w->onMessage = function ($c, $data) {
        if ($data === 'bye') {
            $c->close();
            return;
        }
        $reply = strlen($data) > 100 ? strlen($data) . ' ' . md5($data) : $data;
        $c->websocketType = ctype_print($reply) ? "\x81" : "\x82";
        $c->send($reply);
    };
    WServer\Worker::runAll();
}, function (int $port) {
    $py = <<<'PY'
import asyncio, hashlib, sys, websockets
url = "ws://127.0.0.1:%d" % int(sys.argv[1])
async def main():
    try:
        async with websockets.connect(url + "/?token=bad") as ws:
            print("bad token: connected")
    except websockets.exceptions.InvalidStatusCode as e:
        print("bad token: refused", e.status_code)
    async with websockets.connect(url + "/room/1?token=good", user_agent_header="pyclient") as ws:
        print("headers:", ws.response_headers["X-Path"], ws.response_headers["X-Agent"])
        print("first:", await ws.recv())
        print("second:", await ws.recv())
        await ws.send("hello")
        print("text:", await ws.recv())
        await ws.send(b"\x00\x01\x02")
        print("binary:", (await ws.recv()).hex())
        await ws.send(["frag", "men", "ted"])
        print("fragments:", await ws.recv())
        big = bytes(range(256)) * 4096
        await ws.send(big)
        print("1 MB:", await ws.recv() == "%d %s" % (len(big), hashlib.md5(big).hexdigest()))
        await asyncio.wait_for(await ws.ping(b"x"), 5)
        print("pong: ok")
        await ws.send("bye")
        try:
            await asyncio.wait_for(ws.recv(), 5)
        except websockets.exceptions.ConnectionClosed as e:
            print("closed by server:", e.rcvd.code)
asyncio.run(asyncio.wait_for(main(), 20))
PY;
    file_put_contents($f = sys_get_temp_dir() . '/wserver_ws_client_' . getmypid() . '.py', $py);
    passthru('env -u LD_PRELOAD timeout 30 /usr/bin/python3 ' . escapeshellarg($f) . " $port 2>&1");
    unlink($f);
});
?>
--EXPECT--
bad token: refused 403
headers: /room/1 pyclient
first: welcome
second: connected to /room/1
text: hello
binary: 000102
fragments: fragmented
1 MB: True
pong: ok
closed by server: 1000
