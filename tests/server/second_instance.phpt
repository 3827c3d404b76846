--TEST--
Server (Swoole API): a script started again while its first server runs (no pid_file set) starts a second server on its own port, with pid and status files named after its pid, as Swoole runs as many as asked; both serve, and each removes its own files when stopped
--EXTENSIONS--
wserver
pcntl
posix
--FILE--
<?php
require __DIR__ . '/../include/server.inc';
$dir = wserver_test_dir();
file_put_contents("$dir/app.php", <<<'PHP'
<?php
$server = new WServer\Server('127.0.0.1', (int) $argv[1]);
$server->set(['worker_num' => 1, 'log_file' => __DIR__ . '/app.log']);
$server->on('Receive', function ($server, $fd, $rid, $data) use ($argv) {
    $server->send($fd, "port $argv[1]: $data");
});
$server->start();
PHP);
$ports = [wserver_test_free_port(), wserver_test_free_port()];
$procs = [];
try {
    foreach ($ports as $i => $port) {
        $procs[$i] = proc_open('exec ' . wserver_test_php() . ' ' . escapeshellarg("$dir/app.php") . " $port",
            [1 => ['file', "$dir/out$i.log", 'a'], 2 => ['file', "$dir/out$i.log", 'a']], $pipes);
        echo "server $i listening: ", json_encode(wserver_test_wait(fn() => wserver_test_listening($port), 10)), "\n";
    }
    foreach ($ports as $i => $port) {
        $c = wserver_test_connect($port);
        fwrite($c, "hello $i");
        echo wserver_test_read($c, strlen("port $port: hello $i")) === "port $port: hello $i" ? "server $i answers\n" : "server $i: wrong reply\n";
        fclose($c);
    }
    $pids = array_map(fn($p) => proc_get_status($p)['pid'], $procs);
    echo "first pid file: ", json_encode((int) @file_get_contents("$dir/app.php.pid") === $pids[0]), "\n";
    echo "second pid file: ", json_encode((int) @file_get_contents("$dir/app.php.$pids[1].pid") === $pids[1]), "\n";
    echo "second status file: ", json_encode(is_file("$dir/app.php.$pids[1].status")), "\n";
    foreach (array_reverse($pids, true) as $i => $pid) {
        posix_kill($pid, SIGTERM);
        echo "server $i stopped: ", json_encode(wserver_test_wait(fn() => !wserver_test_alive($pid), 10)), "\n";
    }
    echo "files left: ", json_encode(array_map('basename', glob("$dir/app.php.*"))), "\n";
} finally {
    foreach ($procs as $p) {
        $st = proc_get_status($p);
        if ($st['running']) {
            posix_kill($st['pid'], SIGKILL);
        }
    }
    wserver_test_cleanup($dir);
}
?>
--EXPECT--
server 0 listening: true
server 1 listening: true
server 0 answers
server 1 answers
first pid file: true
second pid file: true
second status file: true
server 1 stopped: true
server 0 stopped: true
files left: []
