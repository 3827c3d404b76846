--TEST--
Hooks: sleep(), usleep(), time_nanosleep() and time_sleep_until() suspend only their coroutine (output order proves they interleave); unhooked or outside a coroutine they are PHP's own
--EXTENSIONS--
wserver
--FILE--
<?php
use WServer\Coroutine;
use WServer\Runtime;

function sleepers(): void
{
    Coroutine\run(function () {
        Coroutine::create(function () { $r = sleep(1); echo "sleep(1) = $r\n"; });
        Coroutine::create(function () { usleep(300000); echo "usleep(300000) done\n"; });
        Coroutine::create(function () { $r = time_nanosleep(0, 100000000); echo 'time_nanosleep(0, 100000000) = ', var_export($r, true), "\n"; });
        Coroutine::create(function () { $r = time_sleep_until(microtime(true) + 0.6); echo 'time_sleep_until(+0.6 s) = ', var_export($r, true), "\n"; });
        echo "all four started\n";
    });
}

Runtime::enableCoroutine(WSERVER_HOOK_SLEEP);
var_dump(Runtime::getHookFlags() === WSERVER_HOOK_SLEEP);
echo "-- hooked: each waits in its coroutine, the shortest ends first\n";
sleepers();

echo "-- outside a coroutine: PHP's own\n";
var_dump(sleep(0), usleep(1), time_nanosleep(0, 1));

echo "-- arguments PHP refuses are refused the same way in a coroutine\n";
Coroutine\run(function () {
    try {
        sleep(-1);
    } catch (ValueError $e) {
        echo $e->getMessage(), "\n";
    }
    try {
        time_nanosleep(0, 1000000000);
    } catch (ValueError $e) {
        echo $e->getMessage(), "\n";
    }
    var_dump(@time_sleep_until(microtime(true) - 10));
});

Runtime::enableCoroutine(0);
echo "-- unhooked: each blocks the whole process in turn\n";
sleepers();
?>
--EXPECT--
bool(true)
-- hooked: each waits in its coroutine, the shortest ends first
all four started
time_nanosleep(0, 100000000) = true
usleep(300000) done
time_sleep_until(+0.6 s) = true
sleep(1) = 0
-- outside a coroutine: PHP's own
int(0)
NULL
bool(true)
-- arguments PHP refuses are refused the same way in a coroutine
sleep(): Argument #1 ($seconds) must be greater than or equal to 0
Nanoseconds was not in the range 0 to 999 999 999 or seconds was negative
bool(false)
-- unhooked: each blocks the whole process in turn
sleep(1) = 0
usleep(300000) done
time_nanosleep(0, 100000000) = true
time_sleep_until(+0.6 s) = true
all four started
