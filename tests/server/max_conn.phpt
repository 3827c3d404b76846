--TEST--
Server: max_conn counts the connections of all the workers; one more is closed at once with a log line, and accepted again once one has closed
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
    $server->set(['worker_num' => 2, 'max_conn' => 3, 'log_file' => "$dir/server.log"]);
    $server->on('connect', function ($server, $fd) {
        $server->send($fd, "welcome $fd\n");
    });
    $server->on('receive', function ($server, $fd, $reactorId, $data) {
        $server->send($fd, "echo $data");
    });
    $server->start();
}, function (int $port, string $dir) {
    $open = [];
    for ($i = 0; $i < 3; $i++) {
        $c = wserver_test_connect($port);
        echo str_starts_with((string) wserver_test_line($c), 'welcome') ? "connection $i accepted\n" : "connection $i not welcomed\n";
        $open[] = $c;
    }
    $extra = wserver_test_connect($port);
    echo "the 4th is closed at once: ", wserver_test_closed($extra, 2) ? 'yes' : 'no', "\n";
    fwrite($open[0], 'still here');
    echo "the others still work: ", wserver_test_read($open[0], 15), "\n";
    wserver_test_wait(fn () => str_contains((string) @file_get_contents("$dir/server.log"), 'max_conn 3 reached'));
    echo "logged: ", str_contains((string) @file_get_contents("$dir/server.log"), 'max_conn 3 reached') ? 'yes' : 'no', "\n";
    fclose(array_pop($open));
    // once the server has seen that close, a new connection is accepted again
    $ok = wserver_test_wait(function () use ($port, &$open) {
        $c = wserver_test_connect($port);
        if (str_starts_with((string) wserver_test_line($c, 0.5), 'welcome')) {
            $open[] = $c;
            return true;
        }
        return false;
    });
    echo "accepted again after a close: ", $ok ? 'yes' : 'no', "\n";
});
?>
--EXPECT--
connection 0 accepted
connection 1 accepted
connection 2 accepted
the 4th is closed at once: yes
the others still work: echo still here
logged: yes
accepted again after a close: yes
