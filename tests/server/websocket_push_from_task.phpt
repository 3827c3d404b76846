--TEST--
WebSocket\Server: push() from a task worker to a worker's WebSocket connection is framed there and sent by the owner; to a closed fd it is false with a warning
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
    $ws = new WServer\WebSocket\Server('127.0.0.1', $port);
    $ws->set(['worker_num' => 1, 'task_worker_num' => 1, 'log_file' => "$dir/server.log"]);
    $ws->on('Message', function ($ws, $frame) {
        $ws->task(['fd' => $frame->fd, 'text' => $frame->data]);
    });
    $ws->on('Task', function ($ws, $id, $from, $task) use ($dir) {
        $ok = $ws->push($task['fd'], "task says: {$task['text']}");
        $bin = $ws->push($task['fd'], "\x00\xff", WSERVER_WEBSOCKET_OPCODE_BINARY);
        $closed = @$ws->push($task['fd'] + 1000, 'nobody');
        $error = error_get_last()['message'] ?? '';
        file_put_contents("$dir/task.log", json_encode([$ok, $bin, $closed, $error]) . "\n", FILE_APPEND);
    });
    $ws->start();
}, function (int $port, string $dir) {
    $c = wserver_test_connect($port);
    [$status] = wserver_test_ws_handshake($c, '/');
    echo "$status\n";
    fwrite($c, wserver_test_ws_frame(1, 'hi'));
    echo wserver_test_ws_describe(wserver_test_ws_read($c)), "\n";
    [, $op, $payload] = wserver_test_ws_read($c);
    echo "opcode $op: ", bin2hex($payload), "\n";
    wserver_test_wait(fn () => file_exists("$dir/task.log"), 5);
    echo file_get_contents("$dir/task.log");
});
?>
--EXPECTF--
101
text "task says: hi"
opcode 2: 00ff
[true,true,false,"%sis not a websocket client or closed"]
