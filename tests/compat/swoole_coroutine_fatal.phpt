--TEST--
wserver.aliases=swoole: an uncaught exception in a script's coroutine is Swoole's fatal error (its trace ends at the coroutine, its defer()s run after the message and get what it returned, nothing runs after it); coroutines that wait for ever get Swoole's deadlock report (off with enable_deadlock_check => false)
--EXTENSIONS--
wserver
--FILE--
<?php
require __DIR__ . '/../include/server.inc';
$dir = wserver_test_dir();
file_put_contents("$dir/fatal.php", <<<'PHP'
<?php
register_shutdown_function(fn () => print("shutdown\n"));
go(function () {
    go(function () {
        Co::sleep(0.05);
        echo "never: the loop ends with the fatal error\n";
    });
    go(function () {
        defer(function (...$args) { echo 'defer 1 got ', count($args), " argument(s)\n"; });
        defer(function () { echo "defer 2\n"; });
        throw new RuntimeException('boom');
    });
});
echo "never: the script ends with the fatal error\n";
PHP);
file_put_contents("$dir/defer_arg.php", <<<'PHP'
<?php
Co\run(function () {
    go(function () {
        defer(function (...$args) { var_dump($args); });
        return 42;
    });
});
PHP);
file_put_contents("$dir/deadlock.php", <<<'PHP'
<?php
if (($argv[1] ?? '') === 'off') {
    Co::set(['enable_deadlock_check' => false]);
}
Co\run(function () {
    go(function () { (new Co\Channel(1))->pop(); });
    go(function () { Co::yield(); });
});
echo "after run\n";
PHP);
$php = wserver_test_php() . ' -d wserver.aliases=swoole -d display_errors=1 -d log_errors=0 ';
echo preg_replace('~ in /\S+~', ' in FILE', shell_exec($php . escapeshellarg("$dir/fatal.php") . ' 2>&1')), "--\n";
echo shell_exec($php . escapeshellarg("$dir/defer_arg.php") . ' 2>&1'), "--\n";
$out = shell_exec($php . escapeshellarg("$dir/deadlock.php") . ' 2>&1');
echo preg_replace('~^#\d.*\n~m', '', $out), "--\n";
echo shell_exec($php . escapeshellarg("$dir/deadlock.php") . ' off 2>&1');
wserver_test_rmdir($dir);
?>
--EXPECT--
Fatal error: Uncaught RuntimeException: boom in FILE
Stack trace:
#0 [internal function]: {closure}()
#1 {main}
  thrown in FILE on line 11
defer 2
defer 1 got 0 argument(s)
shutdown
--
array(1) {
  [0]=>
  int(42)
}
--

 =================================================================
  [FATAL ERROR]: all coroutines (count: 2) are asleep - deadlock!
 =================================================================

  [Coroutine-3]
 -----------------------------------------------------------------

  [Coroutine-2]
 -----------------------------------------------------------------

 =================================================================
after run
--
after run
