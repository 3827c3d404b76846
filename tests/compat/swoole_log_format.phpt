--TEST--
wserver.aliases=swoole: a Server's log lines take Swoole's format, "[date time Spid.workerId]\tLEVEL\tmessage" (S: '#' master, '$' manager, '*' worker, '^' task worker, '@' user process), news as INFO; no start line, as Swoole
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
\$s = new Swoole\Server('127.0.0.1', $port, SWOOLE_BASE);
\$s->set(['worker_num' => 1, 'log_file' => '$dir/app.log']);
\$s->on('receive', function () {});
\$s->start();
PHP);
$proc = proc_open('exec ' . $php . escapeshellarg("$dir/app.php") . " > $dir/out.log 2>&1", [], $pipes);
$pid = proc_get_status($proc)['pid'];
try {
    if (!wserver_test_wait(fn () => wserver_test_listening($port), 20)) {
        echo "server did not come up\n", file_get_contents("$dir/out.log");
    }
    posix_kill($pid, SIGUSR1);
    wserver_test_wait(fn () => str_contains(file_get_contents("$dir/app.log"), 'reload done'), 10);
} finally {
    posix_kill($pid, SIGTERM);
    wserver_test_wait(fn () => !proc_get_status($proc)['running'], 10);
    proc_close($proc);
}
$lines = file("$dir/app.log", FILE_IGNORE_NEW_LINES);
$odd = preg_grep('/^\[\d{4}-\d\d-\d\d \d\d:\d\d:\d\d [#$*^@]\d+\.\d+\]\t(INFO|WARNING)\t\S/', $lines, PREG_GREP_INVERT);
echo "lines in Swoole's format: ", $odd ? 'not ' . json_encode(array_values($odd)) : 'all', "\n";
$kinds = [];
foreach ($lines as $l) {
    if (preg_match('/ (#)\d+\.0\]\tINFO\treload$/', $l, $m) || preg_match('/ (\$)\d+\.0\]\tINFO\treload done/', $l, $m)) {
        $kinds[$m[1]] = true;
    }
}
echo "INFO from the master (#) and the manager (\$): ", json_encode(isset($kinds['#'], $kinds['$'])), "\n";
echo "a start line, which Swoole does not log: ", preg_grep('/\] start: /', $lines) ? 'yes' : 'no', "\n";
echo file_get_contents("$dir/out.log");
wserver_test_cleanup($dir);
?>
--EXPECT--
lines in Swoole's format: all
INFO from the master (#) and the manager ($): true
a start line, which Swoole does not log: no
