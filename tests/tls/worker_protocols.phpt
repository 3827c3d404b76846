--TEST--
TLS: websocket:// (wss, python3 ssl + websockets with the CA), text://, frame:// and a user protocol class, each a Worker with $transport = 'ssl', read by real TLS clients
--EXTENSIONS--
wserver
pcntl
posix
openssl
--SKIPIF--
<?php
require __DIR__ . '/../include/tls.inc';
wserver_tls_skip();
exec('/usr/bin/python3 -c "import websockets" 2>&1', $out, $rc);
if ($rc !== 0) die('skip python3-websockets is not installed');
?>
--CONFLICTS--
server
--FILE--
<?php
require __DIR__ . '/../include/tls.inc';
$dir0 = wserver_test_dir();
[$cert, $key] = wserver_tls_cert($dir0);
$ports = ['text' => wserver_test_free_port(), 'frame' => wserver_test_free_port(), 'upper' => wserver_test_free_port()];
file_put_contents("$dir0/Upper.php", <<<'PHP'
<?php
namespace Protocols;
class Upper
{
    public static function input($buffer, $connection) { $p = strpos($buffer, "!"); return $p === false ? 0 : $p + 1; }
    public static function decode($buffer, $connection) { return substr($buffer, 0, -1); }
    public static function encode($data, $connection) { return strtoupper($data) . "!"; }
}
PHP);
wserver_test_run(function (int $port) use ($cert, $key, $ports, $dir0) {
    require "$dir0/Upper.php";
    $ctx = ['ssl' => ['local_cert' => $cert, 'local_pk' => $key]];
    $ws = new WServer\Worker("websocket://127.0.0.1:$port", $ctx);
    $ws->transport = 'ssl';
    $ws->onWebSocketConnect = function ($c, $req) {
        $c->path = $req->path();
    };
    $ws->onMessage = fn ($c, $d) => $c->send("wss $c->path: " . (is_string($d) ? strlen($d) : '?'));
    foreach ($ports as $scheme => $p) {
        $w = new WServer\Worker("$scheme://127.0.0.1:$p", $ctx);
        $w->transport = 'ssl';
        $w->onMessage = fn ($c, $d) => $c->send("$scheme: $d");
    }
    WServer\Worker::runAll();
}, function (int $port) use ($cert, $ports, $dir0) {
    foreach ($ports as $p) {
        wserver_test_wait(fn () => wserver_test_listening($p), 20); // a loaded machine: TLS set-up is slow
    }
    $py = "$dir0/client.py";
    file_put_contents($py, <<<'PY'
import asyncio, ssl, sys, websockets
async def main(port, ca):
    ctx = ssl.create_default_context(cafile=ca)
    async with websockets.connect(f"wss://localhost:{port}/chat", ssl=ctx, max_size=None) as ws:
        for n in (5, 70000, 1 << 20):
            await ws.send("x" * n)
            print(await ws.recv())
        print("tls:", ws.transport.get_extra_info("ssl_object").version())
asyncio.run(main(int(sys.argv[1]), sys.argv[2]))
PY);
    passthru('timeout 30 /usr/bin/python3 ' . escapeshellarg($py) . " $port " . escapeshellarg($cert) . ' 2>&1');
    $ctx = stream_context_create(['ssl' => ['cafile' => $cert, 'peer_name' => 'localhost']]);
    $open = fn (int $p) => stream_socket_client("ssl://127.0.0.1:$p", $errno, $errstr, 15, STREAM_CLIENT_CONNECT, $ctx);
    $c = $open($ports['text']);
    fwrite($c, "one\ntwo\n");
    echo trim(wserver_test_line($c, 15)), ' / ', trim(wserver_test_line($c, 15)), "\n";
    $c = $open($ports['frame']);
    fwrite($c, pack('N', 8) . 'abcd');
    $len = unpack('N', wserver_test_read($c, 4, 15))[1];
    echo wserver_test_read($c, $len - 4, 15), "\n";
    $c = $open($ports['upper']);
    fwrite($c, 'quiet!loud!');
    echo wserver_test_read($c, 25, 15), "\n";
    wserver_test_rmdir($dir0);
});
?>
--EXPECT--
wss /chat: 5
wss /chat: 70000
wss /chat: 1048576
tls: TLSv1.3
text: one / text: two
frame: abcd
UPPER: QUIET!UPPER: LOUD!
