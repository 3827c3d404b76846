--TEST--
HTTP: a batch of pipelined requests with small and large replies, read late by the client: every reply whole and in order, and the connection closes after the last (Connection: close)
--EXTENSIONS--
wserver
pcntl
posix
--CONFLICTS--
server
--FILE--
<?php
require __DIR__ . '/../include/server.inc';
/* reply i: a body of size(i) bytes of one letter; every 10th is large, so the socket fills and
 * the rest waits in the send queue behind small replies packed together */
function body_for(int $i): string
{
    $n = $i % 10 === 5 ? 70000 : $i % 7;
    return str_repeat(chr(ord('a') + $i % 26), $n) . "#$i";
}
wserver_test_run(function (int $port) {
    $w = new WServer\Worker("http://127.0.0.1:$port");
    $w->onMessage = function ($c, $req) {
        $c->send(body_for((int) $req->get('i')));
    };
    WServer\Worker::runAll();
}, function (int $port) {
    $c = wserver_test_connect($port);
    $n = 60;
    $batch = '';
    for ($i = 0; $i < $n; $i++) {
        $close = $i === $n - 1 ? "Connection: close\r\n" : '';
        $batch .= "GET /?i=$i HTTP/1.1\r\nHost: a\r\n$close\r\n";
    }
    fwrite($c, $batch);
    usleep(300000); // the server meanwhile fills the socket and queues the rest
    $ok = 0;
    for ($i = 0; $i < $n; $i++) {
        $r = wserver_test_http_read($c);
        if ($r === null || $r[0] !== 200 || $r[2] !== body_for($i)) {
            echo "reply $i: ", $r === null ? 'missing' : "status $r[0], " . strlen($r[2]) . ' bytes', "\n";
            break;
        }
        $ok++;
    }
    echo "$ok of $n replies whole and in order\n";
    var_dump(wserver_test_closed($c));
});
?>
--EXPECT--
60 of 60 replies whole and in order
bool(true)
