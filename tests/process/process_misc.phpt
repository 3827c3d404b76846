--TEST--
Process: exportSocket() as a Coroutine\Socket on the pipe, exec() with redirected output, set/getPriority(), name(), close(); a second start() once the first child ended
--EXTENSIONS--
wserver
--FILE--
<?php
use WServer\Process;

function read_all(Process $p): string
{
    $out = '';
    while (($chunk = $p->read()) !== '' && $chunk !== false) {
        $out .= $chunk;
    }
    return $out;
}

$p = new Process(function (Process $p) {
    $s = $p->exportSocket();
    $s->send("same object: " . var_export($s === $p->exportSocket(), true));
    $s->send(" / child got: " . $s->recv());
}, false, Process::PIPE_TYPE_STREAM, true);
$p->start();
$first = $p->read();
$p->write("hi");
echo $first, read_all($p), "\n";
echo "code ", Process::wait()['code'], "\n";

$e = new Process(function (Process $e) {
    $e->exec('/bin/echo', ['exec', 'ok']);
}, true);
$e->start();
echo read_all($e);
Process::wait();

$q = new Process(function (Process $q) {
    $q->name('wserver-test-process-title');
    $q->setPriority(PRIO_PROCESS, 7);
    echo "priority " . $q->getPriority(PRIO_PROCESS) . "\n";
    echo "title ", cli_get_process_title(), "\n";
}, true);
$q->start();
echo read_all($q);
Process::wait();
var_dump(@$q->getPriority(PRIO_USER), $q->setPriority(PRIO_PROCESS, 1, -1));

$r = new Process(function (Process $r) { $r->write("run " . $r->pid); });
foreach ([1, 2] as $round) {
    $pid = $r->start();
    echo "round $round: ", $r->read() === "run $pid" ? "ok" : "wrong", "\n";
    Process::wait();
}
var_dump($r->close(), $r->read());
?>
--EXPECTF--
same object: true / child got: hi
code 0
exec ok
priority 7
title wserver-test-process-title
bool(false)
bool(false)
round 1: ok
round 2: ok

Warning: WServer\Process::read(): no pipe, cannot read from the pipe in %s on line %d
bool(true)
bool(false)
