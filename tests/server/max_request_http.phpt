--TEST--
Http\Server: max_request on keep-alive connections; the reply to the last request of a worker says Connection: close and the connection closes, the next one is served by a new worker
--EXTENSIONS--
wserver
pcntl
posix
--CONFLICTS--
server
--FILE--
<?php
require __DIR__ . '/../include/server.inc';
wserver_test_run(function (int $port, string $dir) {
    $http = new WServer\Http\Server('127.0.0.1', $port);
    $http->set(['worker_num' => 1, 'max_request' => 3, 'log_file' => "$dir/server.log"]);
    $http->on('request', function ($request, $response) {
        $response->end((string) getmypid());
    });
    $http->start();
}, function (int $port, string $dir) {
    $pids = [];
    for ($conn = 0; $conn < 2; $conn++) {
        $c = wserver_test_connect($port);
        for ($i = 0; $i < 3; $i++) {
            fwrite($c, "GET /$i HTTP/1.1\r\nHost: a\r\n\r\n");
            [$status, $headers, $body] = wserver_test_http_read($c);
            $pids[] = (int) $body;
            echo "connection $conn request $i: $status ", $headers['connection'][0], "\n";
        }
        echo "closed by the server: ", wserver_test_closed($c) ? 'yes' : 'no', "\n";
    }
    echo "one pid per connection, two pids: ", count(array_unique(array_slice($pids, 0, 3))) === 1 && count(array_unique($pids)) === 2 ? 'yes' : 'no', "\n";
});
?>
--EXPECT--
connection 0 request 0: 200 keep-alive
connection 0 request 1: 200 keep-alive
connection 0 request 2: 200 close
closed by the server: yes
connection 1 request 0: 200 keep-alive
connection 1 request 1: 200 keep-alive
connection 1 request 2: 200 close
closed by the server: yes
one pid per connection, two pids: yes
