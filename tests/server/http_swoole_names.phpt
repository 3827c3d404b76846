--TEST--
Http\Server under Swoole's names: Server header "swoole-http-server"; headers_sent() is false in each request callback, even after the worker printed; a repeated request header is the array of its values; a callback on() cannot call is Swoole's warning "Swoole\Server\Port::on(): function 'C::m' is not callable"
--EXTENSIONS--
wserver
pcntl
posix
--CONFLICTS--
server
--INI--
wserver.aliases=swoole
--FILE--
<?php
require __DIR__ . '/../include/server.inc';
class Handler
{
    private function hidden($request, $response) {}
}
wserver_test_run(function (int $port, string $dir) {
    $http = new Swoole\Http\Server('127.0.0.1', $port);
    $http->set(['worker_num' => 1, 'log_file' => "$dir/server.log"]);
    $http->on('workerStart', function () {
        echo "worker prints\n"; // real output of the worker process
    });
    $http->on('request', function ($request, $response) {
        ob_start();
        echo 'buffered';
        $buffered = ob_get_clean();
        $response->end("$buffered headers_sent=" . (int) headers_sent() . ' x-rep=' . json_encode($request->header['x-rep'] ?? null));
    });
    $http->start();
}, function (int $port) {
    $base = "http://127.0.0.1:$port";
    $head = wserver_test_curl(['-i', "$base/"], 5);
    preg_match('/^Server: .*$/mi', $head, $m);
    echo trim($m[0]), "\n";
    echo wserver_test_curl(["$base/"], 5), "\n";
    echo wserver_test_curl(['-H', 'X-Rep: a', '-H', 'X-Rep: b', "$base/"], 5), "\n";
});
$http = new Swoole\Http\Server('127.0.0.1', 0);
var_dump($http->on('request', [new Handler, 'hidden']));
?>
--EXPECTF--
Server: swoole-http-server
buffered headers_sent=0 x-rep=null
buffered headers_sent=0 x-rep=["a","b"]

Warning: Swoole\Server\Port::on(): function 'Handler::hidden' is not callable in %s on line %d
bool(false)
