--TEST--
WServer\ArrayObject (Swoole's library swoole_array()): every method, ArrayAccess/Iterator/Countable/serialization, wrapped values, copy on write, subclass hooks, and bad input as exceptions
--EXTENSIONS--
wserver
mbstring
--FILE--
<?php
use WServer\ArrayObject;
use WServer\StringObject;

function show(string $what, $v) {
    if ($v instanceof StringObject) { $v = get_class($v) . '(' . $v . ')'; }
    elseif ($v instanceof ArrayObject) { $v = get_class($v) . json_encode($v->toArray()); }
    else { $v = json_encode($v); }
    echo str_pad($what, 22), $v, "\n";
}
function fails(string $what, callable $fn) {
    try { $fn(); echo str_pad($what, 22), "no exception\n"; }
    catch (Throwable $e) { echo str_pad($what, 22), get_class($e), ': ', $e->getMessage(), "\n"; }
}

$data = ['foo', 'bar', 'k' => 'v', 'n' => null, 'list' => [1, 2], 'num' => 7];
$a = new ArrayObject($data);
show('constructed', $a);
show('from', ArrayObject::from([1]));
show('from()', ArrayObject::from());
show('toArray', [$a->toArray() === $data, $a->__toArray() === $data]);
show('isEmpty', [$a->isEmpty(), (new ArrayObject)->isEmpty()]);
show('count', [$a->count(), count($a)]);
show('interfaces', [$a instanceof ArrayAccess, $a instanceof Countable, $a instanceof Iterator, $a instanceof Serializable]);
show('get string', $a->get('k'));
show('get array', $a->get('list'));
show('get other', [$a->get(0) instanceof StringObject, $a->get('n'), $a->get('num'), $a->get('1')->toString()]);
show('getOr', [$a->getOr('nope'), $a->getOr('nope', 'dflt'), $a->getOr('n', 'dflt'), (string) $a->getOr('k', 'dflt')]);
show('first/last', [(string) $a->first(), $a->last(), $a->firstKey(), $a->lastKey()]);
show('empty ends', [(new ArrayObject)->first(), (new ArrayObject)->last(), (new ArrayObject)->firstKey(), (new ArrayObject)->lastKey()]);
show('offsetGet', [$a[0], $a['k'], $a['list'], $a['nope'], $a[true]]);
show('offsetExists', [isset($a['k']), isset($a['n']), isset($a['nope']), empty($a['num'])]);
show('exists', [$a->exists('n'), $a->exists('nope'), $a->exists(1.0)]);
show('contains', [$a->contains('bar'), $a->contains('7'), $a->contains('7', false)]);
show('indexOf/search', [$a->indexOf('v'), $a->search(7), $a->indexOf('7'), $a->indexOf('7', false)]);
$dup = new ArrayObject(['a', 'b', 'a', 1, '1']);
show('lastIndexOf', [$dup->lastIndexOf('a'), $dup->lastIndexOf(1), $dup->lastIndexOf(1, false), $dup->lastIndexOf('zz')]);
$it = [];
foreach ($a as $k => $v) { $it[] = $k; }
show('foreach', $it);
$a->rewind();
show('iterator', [$a->key(), $a->current(), $a->valid()]);
$a->next(); $a->next();
show('iterator next', [$a->key(), $a->current()]);
foreach ([1, 2, 3, 4] as $_) { $a->next(); }
show('iterator end', [$a->key(), $a->current(), $a->valid()]);
[$x, $y] = new ArrayObject(['p', 'q']);
show('list()', [$x, $y]);

echo "-- changes\n";
$b = new ArrayObject([3, 1, 2]);
show('set', $b->set('x', 9)->set(0, 30));
show('delete', $b->delete('x')->delete('missing'));
$b[] = 4;
$b['y'] = 5;
unset($b[1]);
show('ArrayAccess', $b);
show('push', [$b->push(6), $b->pushBack(7), $b->pushFront(0)]);
show('after push', $b);
show('append', $b->append(8, 9));
show('pop', [$b->pop(), $b->popBack(), $b->popFront()]);
show('insert', (new ArrayObject(['a', 'c']))->insert(1, 'b')->insert(0, ['z'])->insert(-1, null));
show('remove', (new ArrayObject([1, '1', 1, 2]))->remove(1));
show('remove loose loop', (new ArrayObject([1, '1', 1, 2]))->remove('1', false, true));
show('clear', (new ArrayObject([1]))->clear());
$orig = [1, 2];
$c = new ArrayObject($orig);
$c->push(3);
show('copy on write', [$orig, $c->toArray()]);

echo "-- derived\n";
$n = new ArrayObject(['b' => 2, 'a' => 3, 'c' => 1]);
show('sum/product', [$n->sum(), $n->product(), (new ArrayObject([1.5, 2]))->sum()]);
show('slice', [$n->slice(1)->toArray(), $n->slice(0, 1)->toArray(), $n->slice(-2, null, true)->toArray(), (new ArrayObject([5, 6, 7]))->slice(1, 1, true)->toArray()]);
show('randomGet', in_array($n->randomGet(), [1, 2, 3], true));
$seen = [];
show('each', $n->each(function ($v, $k) use (&$seen) { $seen[] = "$k=$v"; }) === $n);
show('each saw', $seen);
show('map', $n->map(fn ($v) => $v * 10));
show('map more', (new ArrayObject([1, 2]))->map(fn ($x, $y) => $x + $y, [10, 20]));
show('reduce', [$n->reduce(fn ($c, $v) => $c + $v), $n->reduce(fn ($c, $v) => $c . $v, '>')]);
show('keys', [$n->keys()->toArray(), $n->keys(3)->toArray(), (new ArrayObject([1, '1']))->keys(1, true)->toArray()]);
show('values', $n->values());
$rows = new ArrayObject([['id' => 1, 'n' => 'a'], ['id' => 2, 'n' => 'b']]);
show('column', [$rows->column('n')->toArray(), $rows->column('n', 'id')->toArray(), $rows->column(null, 'n')->count()]);
show('unique', [(new ArrayObject([1, '1', 2, 'a', 'a']))->unique()->toArray(), (new ArrayObject([4, '4', 3.0, 3]))->unique(SORT_NUMERIC)->toArray()]);
show('reverse', [$n->reverse()->toArray(), (new ArrayObject([1, 2]))->reverse()->toArray(), (new ArrayObject([1, 2]))->reverse(true)->toArray()]);
show('chunk', [(new ArrayObject([1, 2, 3]))->chunk(2)->toArray(), $n->chunk(2, true)->toArray()]);
show('flip', $n->flip());
show('filter', [$n->filter(fn ($v) => $v > 1)->toArray(), $n->filter(fn ($k) => $k !== 'a', ARRAY_FILTER_USE_KEY)->toArray()]);
show('join', [(string) (new ArrayObject(['a', 'b', 1]))->join('-'), (string) (new ArrayObject(['a', 'b']))->join(), get_class($n->join())]);
show('unchanged', $n);

echo "-- sorting\n";
$s = fn () => new ArrayObject(['x' => 'img12', 'y' => 'img10', 'z' => 'IMG2', 'w' => 'img1']);
show('asort', $s()->asort());
show('arsort', $s()->arsort());
show('ksort', $s()->ksort());
show('krsort', $s()->krsort());
show('sort', $s()->sort());
show('sort flags', $s()->sort(SORT_NATURAL | SORT_FLAG_CASE));
show('rsort', $s()->rsort());
show('natsort', $s()->natsort());
show('natcasesort', $s()->natcasesort());
show('uasort', $s()->uasort(fn ($p, $q) => strlen($p) <=> strlen($q) ?: strcmp($p, $q)));
show('uksort', $s()->uksort(fn ($p, $q) => strcmp($q, $p)));
show('usort', $s()->usort(fn ($p, $q) => strcmp($p, $q)));
$sh = (new ArrayObject(range(1, 20)))->shuffle();
show('shuffle', [$sh->count(), array_sum($sh->toArray()), $sh->keys()->toArray() === range(0, 19)]);

echo "-- serialization\n";
$ser = $a->serialize();
show('serialize', $ser === serialize($data));
show('unserialize', (new ArrayObject)->unserialize($ser)->toArray() === $data);
show('unserialize object', (new ArrayObject)->unserialize(new StringObject(serialize([1])))->toArray());
$php = serialize($a);
show('serialize()', $php);
show('unserialize()', unserialize($php) == $a);
show('clone', (function () use ($a) { $c = clone $a; $c->set('k', 'changed'); return [$a['k'], $c['k']]; })());
var_dump(new ArrayObject(['z' => 1]));

echo "-- bad input\n";
fails('get missing', fn () => $a->get('missing'));
fails('get missing int', fn () => $a->get(42));
show('exception class', [get_parent_class('WServer\Exception\ArrayKeyNotExists')]);
fails('get array key', fn () => $a->get([]));
fails('set object key', fn () => $a->set(new stdClass, 1));
fails('offsetGet array', fn () => $a[[]]);
fails('randomGet empty', fn () => (new ArrayObject)->randomGet());
fails('chunk(0)', fn () => $a->chunk(0));
fails('map non-callable', fn () => $a->map('no_such_function'));
fails('map non-array', fn () => $a->map(fn ($x) => $x, 5));
fails('each throws', fn () => $n->each(function () { throw new RuntimeException('from callback'); }));
show('after throw', $n);
fails('usort bad', fn () => $n->usort('nope'));
fails('keys too many', fn () => $a->keys(1, true, 3));
fails('unserialize array', fn () => (new ArrayObject)->unserialize([]));
fails('unserialize object', fn () => (new ArrayObject)->unserialize(new stdClass));
fails('constructor type', fn () => new ArrayObject('x'));
fails('sort flags type', fn () => $a->sort('x'));
class BadArray extends ArrayObject { function __construct() { $this->array = 'nope'; } }
fails('not an array', fn () => (new BadArray)->count());
fails('not an array push', fn () => (new BadArray)->push(1));

echo "-- subclass\n";
class MyArray extends ArrayObject {
    public function raw() { return $this->array; }
    protected static function detectStringType(string $value): StringObject { return new StringObject(strtoupper($value)); }
}
$my = MyArray::from(['a', ['b']]);
show('from', [get_class($my), $my->raw()]);
show('derived class', [get_class($my->slice(0)), get_class($my->values()), get_class($my->get(1))]);
show('detectStringType', $my->get(0));
show('join', $my->slice(0, 1)->join());
echo "done\n";
--EXPECT--
constructed           WServer\ArrayObject{"0":"foo","1":"bar","k":"v","n":null,"list":[1,2],"num":7}
from                  WServer\ArrayObject[1]
from()                WServer\ArrayObject[]
toArray               [true,true]
isEmpty               [false,true]
count                 [6,6]
interfaces            [true,true,true,true]
get string            WServer\StringObject(v)
get array             WServer\ArrayObject[1,2]
get other             [true,null,7,"bar"]
getOr                 [null,"dflt",null,"v"]
first/last            ["foo",7,0,"num"]
empty ends            [null,null,null,null]
offsetGet             ["foo","v",[1,2],null,"bar"]
offsetExists          [true,false,false,false]
exists                [true,false,true]
contains              [true,false,true]
indexOf/search        ["k","num",false,"num"]
lastIndexOf           [2,3,4,null]
foreach               [0,1,"k","n","list","num"]
iterator              [0,"foo",true]
iterator next         ["k","v"]
iterator end          [null,false,false]
list()                ["p","q"]
-- changes
set                   WServer\ArrayObject{"0":30,"1":1,"2":2,"x":9}
delete                WServer\ArrayObject[30,1,2]
ArrayAccess           WServer\ArrayObject{"0":30,"2":2,"3":4,"y":5}
push                  [5,6,7]
after push            WServer\ArrayObject{"0":0,"1":30,"2":2,"3":4,"y":5,"4":6,"5":7}
append                WServer\ArrayObject{"0":0,"1":30,"2":2,"3":4,"y":5,"4":6,"5":7,"6":8,"7":9}
pop                   [9,8,0]
insert                WServer\ArrayObject[["z"],"a","b",null,"c"]
remove                WServer\ArrayObject{"1":"1","2":1,"3":2}
remove loose loop     WServer\ArrayObject{"3":2}
clear                 WServer\ArrayObject[]
copy on write         [[1,2],[1,2,3]]
-- derived
sum/product           [6,6,3.5]
slice                 [{"a":3,"c":1},{"b":2},{"a":3,"c":1},{"1":6}]
randomGet             true
each                  true
each saw              ["b=2","a=3","c=1"]
map                   WServer\ArrayObject{"b":20,"a":30,"c":10}
map more              WServer\ArrayObject[11,22]
reduce                [6,">231"]
keys                  [["b","a","c"],["a"],[0]]
values                WServer\ArrayObject[2,3,1]
column                [["a","b"],{"1":"a","2":"b"},2]
unique                [{"0":1,"2":2,"3":"a"},{"0":4,"2":3}]
reverse               [{"c":1,"a":3,"b":2},[2,1],{"1":2,"0":1}]
chunk                 [[[1,2],[3]],[{"b":2,"a":3},{"c":1}]]
flip                  WServer\ArrayObject{"2":"b","3":"a","1":"c"}
filter                [{"b":2,"a":3},{"b":2,"c":1}]
join                  ["a-b-1","ab","WServer\\StringObject"]
unchanged             WServer\ArrayObject{"b":2,"a":3,"c":1}
-- sorting
asort                 WServer\ArrayObject{"z":"IMG2","w":"img1","y":"img10","x":"img12"}
arsort                WServer\ArrayObject{"x":"img12","y":"img10","w":"img1","z":"IMG2"}
ksort                 WServer\ArrayObject{"w":"img1","x":"img12","y":"img10","z":"IMG2"}
krsort                WServer\ArrayObject{"z":"IMG2","y":"img10","x":"img12","w":"img1"}
sort                  WServer\ArrayObject["IMG2","img1","img10","img12"]
sort flags            WServer\ArrayObject["img1","IMG2","img10","img12"]
rsort                 WServer\ArrayObject["img12","img10","img1","IMG2"]
natsort               WServer\ArrayObject{"z":"IMG2","w":"img1","y":"img10","x":"img12"}
natcasesort           WServer\ArrayObject{"w":"img1","z":"IMG2","y":"img10","x":"img12"}
uasort                WServer\ArrayObject{"z":"IMG2","w":"img1","y":"img10","x":"img12"}
uksort                WServer\ArrayObject{"z":"IMG2","y":"img10","x":"img12","w":"img1"}
usort                 WServer\ArrayObject["IMG2","img1","img10","img12"]
shuffle               [20,210,true]
-- serialization
serialize             true
unserialize           true
unserialize object    [1]
serialize()           "O:19:\"WServer\\ArrayObject\":6:{i:0;s:3:\"foo\";i:1;s:3:\"bar\";s:1:\"k\";s:1:\"v\";s:1:\"n\";N;s:4:\"list\";a:2:{i:0;i:1;i:1;i:2;}s:3:\"num\";i:7;}"
unserialize()         true
clone                 ["v","changed"]
object(WServer\ArrayObject)#9 (1) {
  ["array":protected]=>
  array(1) {
    ["z"]=>
    int(1)
  }
}
-- bad input
get missing           WServer\Exception\ArrayKeyNotExists: missing
get missing int       WServer\Exception\ArrayKeyNotExists: 42
exception class       ["RuntimeException"]
get array key         TypeError: Illegal offset type array
set object key        TypeError: Illegal offset type stdClass
offsetGet array       TypeError: Illegal offset type array
randomGet empty       ValueError: array_rand(): Argument #1 ($array) cannot be empty
chunk(0)              ValueError: array_chunk(): Argument #2 ($length) must be greater than 0
map non-callable      TypeError: WServer\ArrayObject::map(): Argument #1 ($fn) must be a valid callback, function "no_such_function" not found or invalid function name
map non-array         TypeError: WServer\ArrayObject::map(): Argument #2 must be of type array, int given
each throws           RuntimeException: from callback
after throw           WServer\ArrayObject{"b":2,"a":3,"c":1}
usort bad             TypeError: WServer\ArrayObject::usort(): Argument #1 ($value_compare_func) must be a valid callback, function "nope" not found or invalid function name
keys too many         ArgumentCountError: array_keys() expects at most 3 arguments, 4 given
unserialize array     TypeError: WServer\ArrayObject::unserialize(): Argument #1 ($string) must be of type Stringable|string, array given
unserialize object    TypeError: WServer\ArrayObject::unserialize(): Argument #1 ($string) must be of type Stringable|string, stdClass given
constructor type      TypeError: WServer\ArrayObject::__construct(): Argument #1 ($array) must be of type array, string given
sort flags type       TypeError: WServer\ArrayObject::sort(): Argument #1 ($sort_flags) must be of type int, string given
not an array          Error: BadArray::$array is not an array
not an array push     Error: BadArray::$array is not an array
-- subclass
from                  ["MyArray",["a",["b"]]]
derived class         ["MyArray","MyArray","MyArray"]
detectStringType      WServer\StringObject(A)
join                  WServer\StringObject(a)
done

