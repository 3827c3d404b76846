--TEST--
Process: start() forks the callback with its Process; write()/read() over a datagram or stream pipe, both ways
--EXTENSIONS--
wserver
--FILE--
<?php
use WServer\Process;

foreach ([Process::PIPE_TYPE_DGRAM, Process::PIPE_TYPE_STREAM] as $type) {
    $p = new Process(function (Process $p) {
        $p->write("child " . ($p->pid === getmypid() ? "has its pid" : "has a wrong pid"));
        $msg = $p->read();
        $p->write("echo:$msg");
    }, false, $type);
    echo "pipe is an fd: ", var_export(is_int($p->pipe), true), ", id ", $p->id, "\n";
    $pid = $p->start();
    echo "start() returned the pid: ", var_export($pid === $p->pid && $pid > 0, true), "\n";
    echo $p->read(), "\n";
    var_dump($p->write("ping"));
    echo $p->read(), "\n";
    $w = Process::wait();
    echo "reaped ", var_export($w['pid'] === $pid, true), " code {$w['code']} signal {$w['signal']}\n";
}
// the parent holds only its own end: once the child is gone, a stream read sees the end
$p = new Process(function () {}, false, Process::PIPE_TYPE_STREAM);
$p->start();
Process::wait();
var_dump($p->read());
$p->setBlocking(false);
var_dump($p->read());

$none = new Process(function () {}, false, Process::PIPE_TYPE_NONE);
var_dump($none->pipe, $none->read(), $none->write("x"), $p->read(0), $p->write(""));
?>
--EXPECTF--
pipe is an fd: true, id 1
start() returned the pid: true
child has its pid
int(4)
echo:ping
reaped true code 0 signal 0
pipe is an fd: true, id 2
start() returned the pid: true
child has its pid
int(4)
echo:ping
reaped true code 0 signal 0
string(0) ""
string(0) ""

Warning: WServer\Process::read(): no pipe, cannot read from the pipe in %s on line %d

Warning: WServer\Process::write(): no pipe, cannot write into the pipe in %s on line %d

Warning: WServer\Process::read(): size must be greater than 0 in %s on line %d

Warning: WServer\Process::write(): the data to send is empty in %s on line %d
NULL
bool(false)
bool(false)
bool(false)
bool(false)
