--TEST--
wserver.aliases=swoole: Server\Task::pack() gives bytes Task::unpack() reads back (strings as they are, other values serialized; big data in a spool file, read once); cut, empty or foreign bytes are false with a warning
--EXTENSIONS--
wserver
--INI--
wserver.aliases=swoole
--FILE--
<?php
use Swoole\Server\Task;

$values = ['', 'plain', str_repeat("\0\xff", 300000), [1, 'a' => [true, null]], 3.5, 42, false, new ArrayObject([7])];
foreach ($values as $v) {
    $packed = Task::pack($v);
    $back = Task::unpack($packed);
    var_dump(is_string($packed), $back == $v && gettype($back) === gettype($v));
}
// a big one is spooled to a file the packet names: small enough for a message queue, read once
$packed = Task::pack(str_repeat('B', 100000));
var_dump(strlen($packed) < 8192, strlen(Task::unpack($packed)));
var_dump(Task::unpack($packed));
$packed = Task::pack(['x' => 'y']);
var_dump(Task::unpack(''));
var_dump(Task::unpack(substr($packed, 0, 3)));
var_dump(Task::unpack(substr($packed, 0, -1)));
var_dump(Task::unpack($packed . 'z'));
var_dump(Task::unpack(str_repeat('A', 64)));
?>
--EXPECTF--
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
int(100000)

Warning: Swoole\Server\Task::unpack(): bad task packet: its spool file cannot be read in %s on line %d
bool(false)

Warning: Swoole\Server\Task::unpack(): bad task packet: shorter than its header in %s on line %d
bool(false)

Warning: Swoole\Server\Task::unpack(): bad task packet: shorter than its header in %s on line %d
bool(false)

Warning: Swoole\Server\Task::unpack(): bad task packet: not made by Task::pack(), or cut in %s on line %d
bool(false)

Warning: Swoole\Server\Task::unpack(): bad task packet: not made by Task::pack(), or cut in %s on line %d
bool(false)

Warning: Swoole\Server\Task::unpack(): bad task packet: not made by Task::pack(), or cut in %s on line %d
bool(false)
