--TEST--
wserver.aliases=swoole: an exception no one catches in a coroutine of a script ends the script with PHP's fatal "Uncaught" error, as Swoole's does (shutdown functions run, exit code 255); without the Swoole names, and in a server's worker, it is logged and the script goes on
--EXTENSIONS--
wserver
--FILE--
<?php
require __DIR__ . '/../include/server.inc';
$dir = wserver_test_dir();
$code = <<<'PHP'
<?php
register_shutdown_function(function () { echo "shutdown\n"; });
WServer\Coroutine\run(function () {
    echo "start\n";
    WServer\go(function () {
        WServer\Coroutine::sleep(0.01);
        throw new RuntimeException('from a child');
    });
    WServer\Coroutine::sleep(0.2);
    echo "after the child\n";
});
echo "after run\n";
PHP;
file_put_contents("$dir/s.php", $code);
try {
    foreach (['wserver.aliases=swoole', 'wserver.aliases='] as $ini) {
        echo "-- $ini\n";
        exec(wserver_test_php() . " -d display_errors=1 -d log_errors=0 -d $ini " . escapeshellarg("$dir/s.php") . ' 2>&1', $out, $code);
        echo preg_replace(['~^\S+ \S+ pid:\d+ ~m', '~^(Stack trace:|#\d.*|  thrown.*)\n~m'], '', implode("\n", $out)), "\nexit code $code\n";
        $out = [];
    }
} finally {
    wserver_test_rmdir($dir);
}
?>
--EXPECTF--
-- wserver.aliases=swoole
start

Fatal error: Uncaught RuntimeException: from a child in %s:7
shutdown
exit code 255
-- wserver.aliases=
start
[coroutine 2] Uncaught in go(): RuntimeException: from a child in %s:7
after the child
after run
shutdown
exit code 0
