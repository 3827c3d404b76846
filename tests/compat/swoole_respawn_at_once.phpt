--TEST--
wserver.aliases=swoole: as Swoole's manager, a Server's process that ends is replaced at once however soon it ended (no crash-loop back-off, which Workers keep): a user process whose callback returns at once runs again and again
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
$php = wserver_test_php() . ' -d wserver.aliases=swoole ';
file_put_contents("$dir/app.php", <<<PHP
<?php
\$s = new Swoole\Server('127.0.0.1', $port, SWOOLE_PROCESS);
\$s->set(['worker_num' => 1, 'log_file' => '$dir/app.log']);
\$s->on('receive', function () {});
\$s->addProcess(new Swoole\Process(function () {
    file_put_contents('$dir/runs', "run\\n", FILE_APPEND);
}));
\$s->start();
PHP);
$proc = proc_open('exec ' . $php . escapeshellarg("$dir/app.php") . " > $dir/out.log 2>&1", [], $pipes);
$pid = proc_get_status($proc)['pid'];
try {
    // with a back-off (0, 0, 0.1, 0.2, 0.4, 0.8 s...) 20 runs would take over 10 s
    $ok = wserver_test_wait(fn () => substr_count(@file_get_contents("$dir/runs") ?: '', 'run') >= 20, 8);
    echo "20 runs within 8 s: ", json_encode($ok), "\n";
} finally {
    posix_kill($pid, SIGTERM);
    wserver_test_wait(fn () => !proc_get_status($proc)['running'], 10);
    proc_close($proc);
}
echo "back-off logged: ", json_encode(str_contains(file_get_contents("$dir/app.log"), 'next try in')), "\n";
echo file_get_contents("$dir/out.log");
wserver_test_cleanup($dir);
?>
--EXPECT--
20 runs within 8 s: true
back-off logged: false
