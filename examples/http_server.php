<?php
// A Swoole-style HTTP server (with Swoole\ renamed to WServer\): php examples/http_server.php
$http = new WServer\Http\Server('0.0.0.0', 8483);
$http->set(['worker_num' => 2, 'task_worker_num' => 1]);
$http->on('Request', function (WServer\Http\Request $request, WServer\Http\Response $response) use ($http) {
    if ($request->server['request_uri'] === '/slow') {
        // a task worker does the slow part; this coroutine waits, the worker goes on serving
        $response->end($http->taskwait(['sleep' => 0.2], 1) . "\n");
        return;
    }
    $response->header('Content-Type', 'text/plain');
    $response->end("Hello from worker {$http->worker_id}\n");
});
$http->on('Task', function ($server, $taskId, $srcWorkerId, $data) {
    WServer\Coroutine::sleep($data['sleep']);
    return "task $taskId done for worker $srcWorkerId";
});
$http->start();
