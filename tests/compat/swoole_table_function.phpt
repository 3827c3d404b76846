--TEST--
WServer\table() (Swoole's library swoole_table()): a created Table from "name:type[:size], ..." with i/int, f/float, s/string; a RuntimeException names a bad field; swoole_table() under wserver.aliases=swoole
--EXTENSIONS--
wserver
--FILE--
<?php
$t = WServer\table(64, ' id:int, name : s : 16 ,score:f,n:i,big:string:100');
$t->set('a', ['id' => 1, 'name' => 'alice', 'score' => 1.5, 'big' => 'x']);
echo get_class($t), ' ', json_encode($t->get('a')), ' ', $t->getSize() >= 64 ? 'sized' : 'small', "\n";
foreach (['id', 'id:bogus', 'name:string', 'name:s:0', 'name:s:abc', '', 'a:int,,b:int'] as $f) {
    try { WServer\table(8, $f); echo "$f: ok\n"; } catch (Throwable $e) { echo json_encode($f), ': ', get_class($e), ': ', $e->getMessage(), "\n"; }
}
try { WServer\table(-1, 'a:int'); echo "neg ok\n"; } catch (Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
$app = '$t = swoole_table(8, "n:int"); $t->set("k", ["n" => 5]); echo get_class($t), " ", $t->get("k", "n"), "\n";';
echo shell_exec(escapeshellarg(PHP_BINARY) . ' ' . (getenv('WSERVER_TEST_PHP_ARGS') ?: '')
    . ' -d wserver.aliases=swoole -r ' . escapeshellarg($app) . ' 2>&1');
?>
--EXPECT--
WServer\Table {"id":1,"name":"alice","score":1.5,"n":0,"big":"x"} sized
"id": RuntimeException: field [id] has no type
"id:bogus": RuntimeException: unknown type [bogus] of field [id]
"name:string": RuntimeException: string field [name] needs a length (name:string:length)
"name:s:0": RuntimeException: invalid string length [0] of field [name]
"name:s:abc": RuntimeException: invalid string length [abc] of field [name]
"": RuntimeException: field [] has no type
"a:int,,b:int": RuntimeException: field [] has no type
ValueError: WServer\Table::__construct(): Argument #1 ($table_size) must be greater than or equal to 0
Swoole\Table 5
