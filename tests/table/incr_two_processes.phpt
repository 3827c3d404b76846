--TEST--
Table: 2 processes x 1 000 000 incr() on one row add up to exactly 2 000 000; no torn rows
--EXTENSIONS--
wserver
pcntl
posix
--FILE--
<?php
use WServer\Table;

$t = new Table(64);
$t->column('n', Table::TYPE_INT);
$t->column('f', Table::TYPE_FLOAT);
$t->column('a', Table::TYPE_INT);
$t->column('b', Table::TYPE_STRING, 200);
$t->create();

$pids = [];
for ($p = 0; $p < 2; $p++) {
    $pid = pcntl_fork();
    if ($pid === 0) {
        pcntl_alarm(60);
        for ($i = 0; $i < 1000000; $i++) {
            $t->incr('counter', 'n');
        }
        for ($i = 0; $i < 1000; $i++) {
            $t->incr('counter', 'f', 0.5);
        }
        /* one row written as a whole: b is always 200 times the letter a names */
        for ($i = 0; $i < 50000; $i++) {
            $a = ($i + $p) % 26;
            $t->set('pair', ['a' => $a, 'b' => str_repeat(chr(65 + $a), 200)]);
        }
        exit(0);
    }
    $pids[] = $pid;
}
/* meanwhile, here: read that row as a whole until both children are done */
$torn = 0;
$reads = 0;
$left = $pids;
$deadline = microtime(true) + 60;
while ($left && microtime(true) < $deadline) {
    $row = $t->get('pair');
    if ($row !== false) {
        $reads++;
        if ($row['b'] !== str_repeat(chr(65 + $row['a']), 200)) {
            $torn++;
        }
    }
    foreach ($left as $k => $pid) {
        if (pcntl_waitpid($pid, $status, WNOHANG) === $pid) {
            echo "child exit: ", pcntl_wexitstatus($status), "\n";
            unset($left[$k]);
        }
    }
}
var_dump($t->get('counter', 'n'), $t->get('counter', 'f'), $torn, $reads > 0, count($t));
?>
--EXPECT--
child exit: 0
child exit: 0
int(2000000)
float(1000)
int(0)
bool(true)
int(2)
