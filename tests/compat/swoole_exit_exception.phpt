--TEST--
wserver.aliases=swoole: exit() in a script's coroutine throws Swoole\ExitException where it is written (getStatus() is exit()'s argument, getFlags() has SWOOLE_EXIT_IN_COROUTINE), the coroutine may catch it and the script goes on; uncaught it is a fatal error; outside coroutines exit() ends the script as usual
--EXTENSIONS--
wserver
--FILE--
<?php
require __DIR__ . '/../include/server.inc';
$dir = wserver_test_dir();
file_put_contents("$dir/caught.php", <<<'PHP'
<?php
function deep() { exit('bye'); }
Co\run(function () {
    foreach ([fn () => exit, fn () => exit(3), fn () => deep()] as $f) {
        go(function () use ($f) {
            try {
                $f();
                echo "never\n";
            } catch (Swoole\ExitException $e) {
                echo get_class($e), ' ', $e->getMessage(), ' ', var_export($e->getStatus(), true), ' ',
                    ($e->getFlags() & SWOOLE_EXIT_IN_COROUTINE) ? 'in coroutine' : '?', "\n";
            }
        });
    }
});
echo "script goes on\n";
exit(7);
echo "never\n";
PHP);
file_put_contents("$dir/uncaught.php", <<<'PHP'
<?php
go(function () { exit(1); });
echo "never\n";
PHP);
$php = wserver_test_php() . ' -d wserver.aliases=swoole -d display_errors=1 -d log_errors=0 ';
exec($php . escapeshellarg("$dir/caught.php") . ' 2>&1', $out, $code);
echo implode("\n", $out), "\nexit code $code\n";
$out = [];
exec($php . escapeshellarg("$dir/uncaught.php") . ' 2>&1', $out, $code);
echo preg_replace('~ in /\S+~', ' in FILE', implode("\n", $out)), "\nexit code $code\n";
wserver_test_rmdir($dir);
?>
--EXPECT--
Swoole\ExitException swoole exit NULL in coroutine
Swoole\ExitException swoole exit 3 in coroutine
Swoole\ExitException swoole exit 'bye' in coroutine
script goes on
exit code 7

Fatal error: Uncaught Swoole\ExitException: swoole exit in FILE
Stack trace:
#0 [internal function]: {closure}()
#1 {main}
  thrown in FILE on line 2
exit code 255
