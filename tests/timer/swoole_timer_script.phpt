--TEST--
Timer (Swoole's API) at the top of a script: tick/after run on the script's own loop when the script ends; ids from 1, params, clear() in its own callback (info() shows it removed), exists/info/list/stats, rounds, ms < 1 refused; the swoole_timer_* names; Event::wait() runs them earlier; enable_coroutine false runs them outside coroutines; a Process child has none of the parent's
--EXTENSIONS--
wserver
--FILE--
<?php
require __DIR__ . '/../include/server.inc';
$dir = wserver_test_dir();
file_put_contents("$dir/app.php", <<<'PHP'
<?php
use Swoole\Timer;
$s = Timer::stats();
echo "before: initialized=", json_encode($s['initialized']), " num=$s[num] round=$s[round]\n";
// what it sees is printed at the end: its turn among the tick's runs is a matter of timing
$later = [];
$after = Timer::after(30, function (...$args) use (&$later) {
    $later[] = "after: args=" . json_encode($args) . " exists=" . json_encode(Timer::exists(1));
    $s = Timer::stats();
    $later[] = "in after: listed while it runs " . json_encode($s['num'] >= 1) . " round>0=" . json_encode($s['round'] > 0);
}, 'x', 'y');
$n = 0;
$tick = swoole_timer_tick(5, function (int $id, string $tag) use (&$n) {
    $n++;
    $info = Timer::info($id);
    echo "tick $tag $n: exec_count=$info[exec_count] removed=", json_encode($info['removed']), "\n";
    if ($n === 3) {
        echo "clear in callback: ", json_encode(Timer::clear($id)), ", again: ", json_encode(Timer::clear($id)), "\n";
        $info = Timer::info($id);
        echo "info after clear: removed=", json_encode($info['removed']), " exists=", json_encode(Timer::exists($id)), "\n";
        $next = Timer::info(Timer::after(1, fn () => print("one more round\n")));
        echo "added in a callback: round>0=", json_encode($next['round'] > 0), " interval=$next[interval]\n";
    }
}, 'T');
echo "ids: $after $tick\n";
$list = Timer::list();
echo get_class($list), " ", json_encode(iterator_to_array($list)), "\n";
$info = swoole_timer_info($tick);
echo "tick info: interval=$info[interval] exec_count=$info[exec_count] round=$info[round] exec_msec>=5: ",
    json_encode($info['exec_msec'] >= 5), "\n";
$s = swoole_timer_stats();
echo "after adding: initialized=", json_encode($s['initialized']), " num=$s[num] round=$s[round]\n";
echo "no such timer: ", json_encode([Timer::info(99), Timer::exists(99), Timer::clear(99)]), "\n";
var_dump(Timer::after(0, fn () => 1), swoole_timer_tick(-1, fn () => 1));
try {
    Timer::after(1, [new stdClass, 'nope']);
} catch (TypeError $e) {
    echo $e->getMessage(), "\n";
}
register_shutdown_function(function () use (&$later) {
    echo implode("\n", $later), "\n";
    $s = Timer::stats();
    echo "after the loop: initialized=", json_encode($s['initialized']), " num=$s[num]\n";
});
echo "script ends\n";
PHP);
file_put_contents("$dir/wait.php", <<<'PHP'
<?php
Swoole\Timer::after(10, fn () => print("after 10 ms\n"));
$id = Swoole\Timer::tick(1000, fn () => print("never\n"));
Swoole\Timer::after(20, fn () => print("clearAll: " . json_encode(swoole_timer_clear_all()) . "\n"));
Swoole\Event::wait();
echo "wait returned: ", json_encode(Swoole\Timer::exists($id)), "\n";
echo "a new loop counts from ", Swoole\Timer::after(1, fn () => print("second loop\n")), "\n";
Swoole\Event::wait();
swoole_async_set(['enable_coroutine' => false]);
Swoole\Timer::after(1, fn () => print("enable_coroutine false: cid " . Co::getCid() . "\n"));
Swoole\Event::wait();
swoole_async_set(['enable_coroutine' => true]);
Swoole\Timer::after(1, fn () => print("enable_coroutine true: in a coroutine " . json_encode(Co::getCid() > 0) . "\n"));
PHP);
file_put_contents("$dir/fork.php", <<<'PHP'
<?php
$id = Swoole\Timer::after(1000, fn () => print("never\n"));
$p = new Swoole\Process(function () use ($id) {
    echo "child: exists ", json_encode(Swoole\Timer::exists($id)), ", num ", Swoole\Timer::stats()['num'], "\n";
});
$p->start();
Swoole\Process::wait();
echo "parent: cleared ", json_encode(Swoole\Timer::clear($id)), "\n";
PHP);
foreach (['app.php', 'wait.php', 'fork.php'] as $f) {
    echo "-- $f\n", shell_exec(wserver_test_php() . ' -d log_errors=0 -d display_errors=1 -d wserver.aliases=swoole ' . escapeshellarg("$dir/$f") . ' 2>&1');
}
wserver_test_rmdir($dir);
?>
--EXPECTF--
-- app.php
before: initialized=false num=0 round=0
ids: 1 2
Swoole\Timer\Iterator [1,2]
tick info: interval=5 exec_count=0 round=0 exec_msec>=5: true
after adding: initialized=true num=2 round=0
no such timer: [null,false,false]

Warning: Swoole\Timer::after(): Timer must be greater than or equal to 1 in %s on line %d

Warning: swoole_timer_tick(): Timer must be greater than or equal to 1 in %s on line %d
bool(false)
bool(false)
Swoole\Timer::after(): Argument #2 ($callback) must be a valid callback, class stdClass does not have a method "nope"
script ends
tick T 1: exec_count=0 removed=false
tick T 2: exec_count=1 removed=false
tick T 3: exec_count=2 removed=false
clear in callback: true, again: false
info after clear: removed=true exists=false
added in a callback: round>0=true interval=0
one more round
after: args=["x","y"] exists=true
in after: listed while it runs true round>0=true
after the loop: initialized=false num=0
-- wait.php
after 10 ms
clearAll: true
wait returned: false
a new loop counts from 1
second loop
enable_coroutine false: cid -1
enable_coroutine true: in a coroutine true
-- fork.php
child: exists false, num 0
parent: cleared true
