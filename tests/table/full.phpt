--TEST--
Table: a full table refuses set() of a new key with a warning naming the cause; other rows stay intact
--EXTENSIONS--
wserver
--FILE--
<?php
use WServer\Table;

$t = new Table(64, 0.2);
$t->column('id', Table::TYPE_INT);
$t->column('name', Table::TYPE_STRING, 16);
$t->create();
var_dump($t->getSize(), $t->stats()['total_slice_num']);

$stored = [];
for ($i = 0; $i < 1000; $i++) {
    $ok = @$t->set("key$i", ['id' => $i, 'name' => "name$i"]);
    if (!$ok) {
        break;
    }
    $stored["key$i"] = $i;
}
echo "stored before full: ", count($stored) >= 13 && count($stored) <= 64 + 12 ? "ok" : count($stored), "\n";
$full = "key$i";
var_dump($t->set($full, ['id' => -1]));
var_dump($t->exists($full), count($t) === count($stored));
$s = $t->stats();
var_dump($s['available_slice_num']);

/* every row set before is still whole */
$bad = 0;
foreach ($stored as $k => $i) {
    if ($t->get($k) !== ['id' => $i, 'name' => "name$i"]) {
        $bad++;
    }
}
var_dump($bad);
/* updating a key that has a row still works on a full table */
var_dump($t->set(array_key_first($stored), ['id' => 7]), $t->incr(array_key_first($stored), 'id'));
/* deleting every row frees every spare row; then the same keys fit again */
foreach ($stored as $k => $i) {
    $t->del($k);
}
$s = $t->stats();
var_dump($s['num'], $s['available_slice_num'] === $s['total_slice_num']);
$again = 0;
foreach ($stored as $k => $i) {
    $again += $t->set($k, ['id' => $i]) ? 1 : 0;
}
var_dump($again === count($stored));
?>
--EXPECTF--
int(64)
int(12)
stored before full: ok

Warning: WServer\Table::set(): failed to set('key%d'): the table is full (its bucket is taken and all 12 spare rows are in use; %d rows in a table of size 64) in %s on line %d
bool(false)
bool(false)
bool(true)
int(0)
int(0)
bool(true)
int(8)
int(0)
bool(true)
bool(true)
