--TEST--
wserver.aliases=workerman: an app written with Workerman's names runs unchanged through the real CLI, and no autoloader is asked for a Workerman name
--EXTENSIONS--
wserver
pcntl
posix
--CONFLICTS--
server
--FILE--
<?php
require __DIR__ . '/../include/server.inc';
$dir = wserver_test_dir();
$port = wserver_test_free_port();
wserver_test_app($dir, $port, <<<'PHP'
use Workerman\Worker;
use Workerman\Timer;
use Workerman\Connection\TcpConnection;
use Workerman\Protocols\Http\Request;
use Workerman\Protocols\Http\Response;

// what composer's autoloader does for a class that is not there yet
spl_autoload_register(function ($class) {
    if (str_starts_with($class, 'Workerman\\')) {
        file_put_contents(__DIR__ . '/autoload.log', "$class\n", FILE_APPEND);
    }
});
$w = new Worker('http://127.0.0.1:{PORT}');
$w->onMessage = function (TcpConnection $c, Request $req) {
    $types = [get_class($c), get_class($req), Timer::class, Worker::class];
    $c->send(new Response(200, ['X-Via' => 'alias'], implode(' ', $types)));
};
Worker::runAll();
PHP);
putenv('WSERVER_TEST_PHP_ARGS=' . (getenv('WSERVER_TEST_PHP_ARGS') ?: '') . ' -d wserver.aliases=workerman');
[$code, $out] = wserver_test_cli($dir, 'start -d');
echo "start: $code\n";
try {
    wserver_test_wait(fn () => wserver_test_listening($port), 10);
    $c = wserver_test_connect($port);
    fwrite($c, "GET / HTTP/1.1\r\nHost: a\r\n\r\n");
    $r = wserver_test_http_read($c);
    echo $r ? "{$r[0]} {$r[2]}\n" : "no reply\n";
    echo 'autoloader asked for: ', @file_get_contents("$dir/autoload.log") ?: "nothing\n";
    [$code] = wserver_test_cli($dir, 'stop');
    echo "stop: $code\n";
} finally {
    wserver_test_cleanup($dir, [wserver_test_master_pid($dir)]);
}
?>
--EXPECT--
start: 0
200 WServer\Connection\TcpConnection WServer\Protocols\Http\Request Workerman\Timer Workerman\Worker
autoloader asked for: nothing
stop: 0
