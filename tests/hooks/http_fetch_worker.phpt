--TEST--
Hooks: in one worker, file_get_contents('http://localhost:PORT/slow') and a stream_socket_client() line exchange with a second local server wait in their handlers while another request is served
--EXTENSIONS--
wserver
pcntl
posix
--CONFLICTS--
server
--FILE--
<?php
require __DIR__ . '/services.inc';

// the second local server: played by this test, which answers only once it saw /ping served
$slow = stream_socket_server('tcp://127.0.0.1:0');
$slowPort = (int) substr(strrchr(stream_socket_get_name($slow, false), ':'), 1);

wserver_test_run(function (int $port) use ($slowPort) {
    WServer\Runtime::enableCoroutine();
    $w = new WServer\Worker("http://127.0.0.1:$port");
    $w->count = 1;
    $w->onMessage = function ($c, $req) use ($slowPort) {
        switch ($req->path()) {
            case '/fetch':
                $body = file_get_contents("http://localhost:$slowPort/slow");
                $c->send('fetched: ' . $body);
                break;
            case '/line':
                $s = stream_socket_client("tcp://127.0.0.1:$slowPort", $errno, $errstr, 5);
                fwrite($s, "hello\n");
                $c->send('line: ' . trim(fgets($s)));
                break;
            default:
                $c->send('pong');
        }
    };
    WServer\Worker::runAll();
}, function (int $port) use ($slow) {
    $fetch = hooks_request($port, '/fetch');
    $line = hooks_request($port, '/line');
    // both handlers are now waiting on this server: accept them, answer nothing yet
    $peers = [];
    for ($i = 0; $i < 2; $i++) {
        $p = stream_socket_accept($slow, 10);
        $peers[] = [$p, fgets($p)];
    }
    echo 'the worker connected twice: ', count(array_filter($peers, fn ($x) => $x[1] !== false)), "\n";
    echo '/ping while both wait: ', hooks_reply(hooks_request($port, '/ping')), "\n";
    foreach ($peers as [$p, $first]) {
        if (str_starts_with($first, 'GET /slow HTTP/')) {
            while (($l = fgets($p)) !== false && $l !== "\r\n");
            fwrite($p, "HTTP/1.0 200 OK\r\nContent-Length: 9\r\nConnection: close\r\n\r\nslow body");
        } else {
            fwrite($p, strtoupper($first));
        }
        fclose($p);
    }
    echo hooks_reply($fetch), "\n";
    echo hooks_reply($line), "\n";
});
fclose($slow);
?>
--EXPECT--
the worker connected twice: 2
/ping while both wait: pong
fetched: slow body
line: HELLO
