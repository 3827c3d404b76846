--TEST--
HTTP: Request objects nobody holds are reused for later requests; one the application keeps stays intact, and a weak reference to a released one reads null
--EXTENSIONS--
wserver
pcntl
posix
--CONFLICTS--
server
--FILE--
<?php
require __DIR__ . '/../include/server.inc';
wserver_test_run(function (int $port) {
    $w = new WServer\Worker("http://127.0.0.1:$port");
    $w->onMessage = function ($c, $req) {
        static $kept = [], $weak = null;
        $path = $req->path();
        if ($path === '/keep') {
            $kept[] = $req;
        } elseif ($path === '/weak') {
            $weak = WeakReference::create($req);
        } elseif ($path === '/check') {
            $seen = array_map(fn ($r) => $r->uri() . ($r->connection === $c ? '' : ' (other connection)'), $kept);
            $c->send(implode(' ', $seen) . '; weak: ' . ($weak?->get() === null ? 'gone' : 'alive: ' . $weak->get()->uri()));
            $kept = []; // released now, not left to the end of the process
            return;
        }
        $c->send($req->uri());
    };
    WServer\Worker::runAll();
}, function (int $port) {
    $c = wserver_test_connect($port);
    $paths = [];
    for ($i = 0; $i < 4; $i++) {
        array_push($paths, "/keep?i=$i", "/other?i=$i", "/other?j=$i");
    }
    $paths[] = '/weak?w=1';
    for ($i = 0; $i < 6; $i++) {
        $paths[] = "/after?i=$i";
    }
    $batch = '';
    foreach ($paths as $p) {
        $batch .= "GET $p HTTP/1.1\r\nHost: a\r\n\r\n";
    }
    fwrite($c, $batch);
    $bad = 0;
    foreach ($paths as $p) {
        $r = wserver_test_http_read($c);
        $bad += $r === null || $r[2] !== $p;
    }
    echo "$bad wrong replies of ", count($paths), "\n";
    fwrite($c, "GET /check HTTP/1.1\r\nHost: a\r\n\r\n");
    echo wserver_test_http_read($c)[2] ?? 'no reply', "\n";
});
?>
--EXPECT--
0 wrong replies of 19
/keep?i=0 /keep?i=1 /keep?i=2 /keep?i=3; weak: gone
