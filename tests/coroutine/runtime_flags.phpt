--TEST--
Runtime::enableCoroutine()/setHookFlags()/getHookFlags(): the flags in effect are those asked for that this build hooks (TCP, UDP, UNIX, UDG, SSL, TLS, STREAM_FUNCTION, SLEEP; not FILE, CURL...), as Swoole ignores flags it was built without; a negative value is a ValueError; WSERVER_HOOK_* carry Swoole's values
--EXTENSIONS--
wserver
--FILE--
<?php
use WServer\Runtime;

$hooked = WSERVER_HOOK_TCP | WSERVER_HOOK_UDP | WSERVER_HOOK_UNIX | WSERVER_HOOK_UDG
    | WSERVER_HOOK_SSL | WSERVER_HOOK_TLS | WSERVER_HOOK_STREAM_FUNCTION | WSERVER_HOOK_SLEEP;
var_dump(Runtime::getHookFlags());
var_dump(Runtime::enableCoroutine());
var_dump(Runtime::getHookFlags() === $hooked);
var_dump(Runtime::setHookFlags(WSERVER_HOOK_TCP | WSERVER_HOOK_SLEEP | WSERVER_HOOK_SSL | WSERVER_HOOK_TLS));
var_dump(Runtime::getHookFlags() === (WSERVER_HOOK_TCP | WSERVER_HOOK_SLEEP | WSERVER_HOOK_SSL | WSERVER_HOOK_TLS));
var_dump(Runtime::enableCoroutine(0), Runtime::getHookFlags());
try {
    Runtime::enableCoroutine(-1);
} catch (ValueError $e) {
    echo $e->getMessage(), "\n";
}
var_dump(WSERVER_HOOK_TCP, WSERVER_HOOK_SLEEP, WSERVER_HOOK_ALL === (0x7fffffff & ~WSERVER_HOOK_CURL & ~(1 << 22)));
?>
--EXPECT--
int(0)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
int(0)
WServer\Runtime::enableCoroutine(): Argument #1 ($flags) must be 0 or a combination of WSERVER_HOOK_* flags
int(2)
int(512)
bool(true)
