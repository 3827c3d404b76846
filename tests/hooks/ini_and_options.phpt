--TEST--
Hooks: wserver.hook_io gives the flags a script starts with ("all", On, or a number); Coroutine::set(['hook_flags' => ...]) changes them; a bad value is refused
--EXTENSIONS--
wserver
--INI--
wserver.hook_io=all
--FILE--
<?php
use WServer\Coroutine;
use WServer\Runtime;

$hooked = WSERVER_HOOK_TCP | WSERVER_HOOK_UDP | WSERVER_HOOK_UNIX | WSERVER_HOOK_UDG
    | WSERVER_HOOK_SSL | WSERVER_HOOK_TLS | WSERVER_HOOK_STREAM_FUNCTION | WSERVER_HOOK_SLEEP;
var_dump(Runtime::getHookFlags() === $hooked);
Coroutine::set(['hook_flags' => WSERVER_HOOK_SLEEP]);
var_dump(Runtime::getHookFlags() === WSERVER_HOOK_SLEEP, Coroutine::getOptions()['hook_flags'] === WSERVER_HOOK_SLEEP);
try {
    Coroutine::set(['hook_flags' => 'all']);
} catch (ValueError $e) {
    echo $e->getMessage(), "\n";
}
echo "-- sleep() is hooked: the shorter sleep ends first\n";
Coroutine\run(function () {
    Coroutine::create(function () { sleep(1); echo "sleep(1)\n"; });
    Coroutine::create(function () { usleep(100000); echo "usleep(100000)\n"; });
});
echo "-- a number, read the same way\n";
$php = PHP_BINARY . ' ' . getenv('WSERVER_TEST_PHP_ARGS');
echo shell_exec("$php -d wserver.hook_io=512 -r 'echo WServer\\Runtime::getHookFlags(), \"\\n\";'");
echo shell_exec("$php -d wserver.hook_io=0x202 -r 'echo WServer\\Runtime::getHookFlags(), \"\\n\";'");
echo shell_exec("$php -d wserver.hook_io=On -r 'echo WServer\\Runtime::getHookFlags(), \"\\n\";'");
echo shell_exec("$php -d display_startup_errors=1 -d wserver.hook_io=bogus -r 'echo WServer\\Runtime::getHookFlags(), \"\\n\";' 2>&1");
?>
--EXPECTF--
bool(true)
bool(true)
bool(true)
Coroutine option "hook_flags" must be 0 or a combination of WSERVER_HOOK_* flags
-- sleep() is hooked: the shorter sleep ends first
usleep(100000)
sleep(1)
-- a number, read the same way
512
514
766
%SWarning:  wserver.hook_io: "bogus" is not a combination of WSERVER_HOOK_* flags (a number, or "all"); no hooks enabled in Unknown on line 0%S
0
