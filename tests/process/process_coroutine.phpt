--TEST--
Process: enable_coroutine (or set(['enable_coroutine' => true])) runs the callback in a coroutine on a loop of the child's own
--EXTENSIONS--
wserver
--FILE--
<?php
use WServer\Coroutine;
use WServer\Process;
use function WServer\go;

function read_all(Process $p): string
{
    $out = '';
    while (($chunk = $p->read()) !== '' && $chunk !== false) {
        $out .= $chunk;
    }
    return $out;
}

$p = new Process(function (Process $p) {
    go(function () use ($p) {
        Coroutine::sleep(0.01);
        $p->write("go() done");
    });
    $p->write("cid " . Coroutine::getCid());
}, false, Process::PIPE_TYPE_DGRAM, true);
$p->start();
echo $p->read(), "\n", $p->read(), "\n";
echo "code ", Process::wait()['code'], "\n";

$p = new Process(function () {
    echo "cid ", Coroutine::getCid(), "\n";
    exit(4);
}, true);
$p->set(['enable_coroutine' => true]);
$p->start();
echo read_all($p);
echo "code ", Process::wait()['code'], "\n";

$p = new Process(function () {
    echo "plain: cid ", Coroutine::getCid(), "\n";
}, true);
$p->start();
echo read_all($p);
Process::wait();
?>
--EXPECT--
cid 1
go() done
code 0
cid 1
code 4
plain: cid -1
