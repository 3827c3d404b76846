--TEST--
Http\Server (Swoole names): a request detach()ed and its fd handed to a task worker; there Response::create($fd) answers it (status, header, end(); or write() chunks then end()), through the worker that holds the connection, which then serves the next request on it; an fd nobody holds is still refused
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
wserver_test_run(function (int $port, string $dir) {
    $http = new Swoole\Http\Server('127.0.0.1', $port, SWOOLE_BASE);
    $http->set(['worker_num' => 1, 'task_worker_num' => 1, 'log_file' => "$dir/server.log"]);
    $http->on('request', function ($request, $response) use ($http) {
        if ($request->server['request_uri'] === '/here') {
            $response->end('answered by worker ' . $http->worker_id);
            return;
        }
        $response->detach();
        $http->task([$response->fd, $request->server['request_uri']]);
    });
    $http->on('task', function ($http, $taskId, $from, $data) {
        [$fd, $uri] = $data;
        $response = Swoole\Http\Response::create($fd);
        if ($uri === '/chunked') {
            $response->write('chunk one, ');
            $response->write('chunk two');
            $response->end();
            return;
        }
        $refused = @Swoole\Http\Response::create($fd + 1000);
        $response->status(201);
        $response->header('X-Task-Worker', (string) $http->worker_id);
        $response->header('X-Unknown-Fd', var_export($refused, true) . ', ' . preg_replace('/\d+/', 'N', error_get_last()['message']));
        $response->end("answered by task worker $http->worker_id for $uri, fd " . ($response->fd === $fd ? 'same' : 'other'));
    });
    $http->on('finish', function () {});
    $http->start();
}, function (int $port) {
    $c = wserver_test_connect($port);
    foreach (['/task', '/here', '/chunked', '/again'] as $uri) {
        fwrite($c, "GET $uri HTTP/1.1\r\nHost: x\r\n\r\n");
        if ($uri === '/chunked') {
            $head = '';
            while (!str_ends_with($head, "0\r\n\r\n") && ($b = wserver_test_read($c, 1, 5)) !== '') {
                $head .= $b;
            }
            $body = substr($head, strpos($head, "\r\n\r\n") + 4);
            echo "$uri: ", explode("\r\n", $head)[0], ', ', str_contains($head, "Transfer-Encoding: chunked") ? 'chunked' : 'not chunked', ': ',
                json_encode(preg_split('/\r\n/', $body, -1, PREG_SPLIT_NO_EMPTY)), "\n";
            continue;
        }
        [$status, $headers, $body] = wserver_test_http_read($c) ?? [0, [], '(no reply)'];
        echo "$uri: $status ", $headers['x-task-worker'][0] ?? '-', " $body\n";
        if (isset($headers['x-unknown-fd'])) {
            echo '  an fd nobody holds: ', $headers['x-unknown-fd'][0], "\n";
        }
    }
    fclose($c);
});
?>
--EXPECT--
/task: 201 1 answered by task worker 1 for /task, fd same
  an fd nobody holds: false, Swoole\Http\Response::create(): parameter $N (N) must be valid connection session_id
/here: 200 - answered by worker 0
/chunked: HTTP/1.1 200 OK, chunked: ["b","chunk one, ","9","chunk two","0"]
/again: 201 1 answered by task worker 1 for /again, fd same
  an fd nobody holds: false, Swoole\Http\Response::create(): parameter $N (N) must be valid connection session_id
