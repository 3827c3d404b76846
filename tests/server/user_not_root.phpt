--TEST--
Server: user is ignored with a line on the terminal when the server is not started as root (run as nobody through setpriv); the workers run on as that user
--EXTENSIONS--
wserver
pcntl
posix
--SKIPIF--
<?php
if (!function_exists('posix_geteuid') || posix_geteuid() !== 0) {
    die('skip needs root to become nobody');
}
if (getenv('WSERVER_TEST_VALGRIND')) {
    die('skip valgrind follows the server into nobody, who cannot write its root-owned log');
}
if (!is_executable('/usr/bin/setpriv') || !posix_getpwnam('nobody') || !posix_getgrnam('nogroup')) {
    die('skip needs setpriv, the user nobody and the group nogroup');
}
?>
--CONFLICTS--
server
--FILE--
<?php
require __DIR__ . '/../include/server.inc';
$dir = wserver_test_dir();
chmod($dir, 0777);
$port = wserver_test_free_port();
wserver_test_app($dir, $port, <<<'PHP'
$server = new WServer\Server('127.0.0.1', {PORT});
$server->set(['worker_num' => 1, 'user' => 'root']);
$server->on('receive', fn ($s, $fd, $r, $d) => $s->send($fd, (string) posix_geteuid()));
$server->start();
PHP);
$cmd = 'exec /usr/bin/setpriv --reuid=nobody --regid=nogroup --clear-groups ' . wserver_test_php() . ' ' . escapeshellarg("$dir/app.php");
$p = proc_open($cmd, [1 => ['file', "$dir/foreground.log", 'a'], 2 => ['file', "$dir/foreground.log", 'a']], $pipes);
try {
    echo "serving: ", wserver_test_wait(fn () => wserver_test_listening($port)) ? 'yes' : 'no ' . @file_get_contents("$dir/foreground.log"), "\n";
    $c = wserver_test_connect($port);
    fwrite($c, 'who');
    echo "worker euid is nobody's: ", (int) wserver_test_read($c, 10, 2) === posix_getpwnam('nobody')['uid'] ? 'yes' : 'no', "\n";
    preg_match('/WServer\[app.php\] user "root" ignored: not started as root/', file_get_contents("$dir/foreground.log"), $m);
    echo $m[0] ?? 'no line', "\n";
} finally {
    $st = proc_get_status($p);
    wserver_test_stop_pid($st['pid'], SIGINT);
    proc_close($p);
    wserver_test_cleanup($dir);
}
?>
--EXPECT--
serving: yes
worker euid is nobody's: yes
WServer[app.php] user "root" ignored: not started as root
