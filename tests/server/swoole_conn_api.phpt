--TEST--
Server (Swoole API): $connections is a ConnectionIterator (foreach, count, isset, []); getClientInfo()/connection_info() still answer in the close callback; bind() and uid; exists(); protect(); getWorkerStatus(); getReceivedTime(); sendfile() of a file part and of a directory
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
    $server = new WServer\Server('127.0.0.1', $port);
    $server->set(['worker_num' => 1, 'log_file' => "$dir/server.log"]);
    file_put_contents("$dir/file.txt", 'abcdefghij');
    $server->on('Receive', function ($server, $fd, $reactorId, $data) use ($dir) {
        switch (trim($data)) {
            case 'conns':
                $it = $server->connections;
                $keys = [];
                foreach ($it as $k => $v) {
                    $keys[$k] = $v;
                }
                $server->send($fd, json_encode([get_class($it), count($it), $keys === iterator_to_array($it),
                    array_keys($keys)[0], in_array($fd, $keys, true), isset($it[$fd]), isset($it[$fd + 1000]),
                    $it[$fd]['remote_ip'], $server->exists($fd), $server->exist($fd + 1000)]) . "\n");
                break;
            case 'bind':
                $server->send($fd, json_encode([$server->bind($fd, 42), $server->bind($fd, 43),
                    $server->connection_info($fd)['uid'], $server->protect($fd), $server->protect($fd + 1000)]) . "\n");
                break;
            case 'status':
                $t = $server->getReceivedTime();
                $server->send($fd, json_encode([$server->getWorkerStatus() === WSERVER_WORKER_BUSY,
                    $server->getWorkerStatus(5), is_float($t) && abs($t - microtime(true)) < 60]) . "\n");
                break;
            case 'file':
                $dirResult = $server->sendfile($fd, $dir);
                $server->sendfile($fd, "$dir/file.txt", 2, 5);
                $server->send($fd, ' ' . json_encode($dirResult) . "\n");
                break;
            case 'bye':
                $server->close($fd);
                break;
        }
    });
    $server->on('Close', function ($server, $fd) use ($dir) {
        $info = $server->getClientInfo($fd);
        WServer\Coroutine::sleep(0.01); // still there after a suspension inside the callback
        $again = $server->connection_info($fd);
        file_put_contents("$dir/close", json_encode([$info['remote_ip'], $info['uid'] ?? null, $again == $info, $server->exist($fd)]));
    });
    $server->start();
}, function (int $port, string $dir) {
    $c = wserver_test_connect($port);
    foreach (['conns', 'bind', 'status', 'file'] as $cmd) {
        fwrite($c, "$cmd\n");
        echo "$cmd: ", wserver_test_line($c);
    }
    echo "log: ", preg_replace('~.*(sendfile\([^)]*\)): (.*)~s', '$1 $2', trim(file_get_contents("$dir/stdout.log"))), "\n";
    fwrite($c, "bye\n");
    wserver_test_closed($c);
    wserver_test_wait(fn () => file_exists("$dir/close"));
    echo "close: ", @file_get_contents("$dir/close"), "\n";
});
?>
--EXPECTF--
conns: ["WServer\\Server\\ConnectionIterator",1,true,1,true,true,false,"127.0.0.1",true,false]
bind: [true,false,42,true,false]
status: [true,false,true]
file: cdefg false
log: sendfile(%s) not a regular file in %s
close: ["127.0.0.1",42,true,false]
