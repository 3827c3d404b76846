--TEST--
WServer\StringObject and MultibyteStringObject (Swoole's library swoole_string()/swoole_mbstring()): every method, new objects of the caller's class, subclass hooks, and bad input as exceptions
--EXTENSIONS--
wserver
mbstring
--FILE--
<?php
use WServer\StringObject;
use WServer\MultibyteStringObject;

function show(string $what, $v) {
    if ($v instanceof StringObject) { $v = get_class($v) . '(' . $v . ')'; }
    elseif ($v instanceof WServer\ArrayObject) { $v = get_class($v) . json_encode($v->toArray()); }
    else { $v = json_encode($v); }
    echo str_pad($what, 22), $v, "\n";
}
function fails(string $what, callable $fn) {
    try { $fn(); echo str_pad($what, 22), "no exception\n"; }
    catch (Throwable $e) { echo str_pad($what, 22), get_class($e), ': ', $e->getMessage(), "\n"; }
}

$s = new StringObject(' Hello, World ');
show('constructed', $s);
show('from', StringObject::from('x'));
show('from()', StringObject::from());
show('length', $s->length());
show('indexOf', [$s->indexOf('o'), $s->indexOf('o', 6), $s->indexOf('zz')]);
show('lastIndexOf', [$s->lastIndexOf('o'), $s->lastIndexOf('o', -6), $s->lastIndexOf('zz')]);
show('pos/rpos', [$s->pos('l'), $s->rpos('l')]);
show('ipos', [$s->ipos('WORLD'), $s->ipos('nope')]);
show('reverse', $s->reverse());
show('lower/upper', [(string) $s->lower(), (string) $s->upper()]);
show('trim', $s->trim());
show('trim chars', $s->trim(' Hd'));
show('ltrim/rtrim', [(string) $s->ltrim(), (string) $s->rtrim()]);
show('substr', [(string) $s->substr(1, 5), (string) $s->substr(-6), (string) $s->substr(3, null)]);
show('repeat', $s->trim()->repeat(2));
$count = 'reused';
show('replace', [(string) $s->replace('o', '0', $count), $count]);
show('replace no count', $s->replace('l', 'L'));
show('startsWith', [$s->startsWith(' He'), $s->startsWith('He'), $s->startsWith('')]);
show('endsWith', [$s->endsWith('d '), $s->endsWith('d'), $s->endsWith(''), (new StringObject('a'))->endsWith('aa')]);
show('equals', [$s->equals(' Hello, World '), $s->equals(new StringObject(' Hello, World '), true),
    (new StringObject('1'))->equals(1), (new StringObject('1'))->equals(1, true), $s->equals('x')]);
show('contains', [$s->contains('World'), $s->contains('world'), $s->contains('')]);
show('split', $s->trim()->split(', '));
show('split limit', (new StringObject('a.b.c'))->split('.', 2));
show('char', [$s->char(1), $s->char(-2), $s->char(14), $s->char(-15), $s->char(100)]);
show('chunkSplit', (new StringObject('abcdefg'))->chunkSplit(3, '|'));
show('chunkSplit default', json_encode((string) (new StringObject('abc'))->chunkSplit()));
show('chunk', (new StringObject('abcdefg'))->chunk(3));
show('chunk default', (new StringObject('abc'))->chunk());
show('toString', $s->toString() === (string) $s);
show('unchanged', $s);
$a = new StringObject('ab');
$b = $a->append('cd');
show('append', [(string) $a, (string) $b, $a !== $b]);
show('append int', $a->append(5));
show('Stringable', $s instanceof Stringable);

echo "-- MultibyteStringObject\n";
$m = new MultibyteStringObject('我是中国人,中国');
show('length', [$m->length(), strlen((string) $m)]);
show('indexOf', [$m->indexOf('中国'), $m->indexOf('中国', 3), $m->indexOf('美国'), $m->pos('是')]);
show('lastIndexOf', [$m->lastIndexOf('中国'), $m->rpos('我')]);
show('ipos', [(new MultibyteStringObject('ÄbcÄ'))->ipos('ä'), (new MultibyteStringObject('ÄbcÄ'))->ipos('ä', 1)]);
show('substr', [(string) $m->substr(2, 2), (string) $m->substr(-2), (string) $m->substr(0, null, 'UTF-8')]);
show('chunk', $m->chunk(3));
show('inherited', [(string) $m->upper(), get_class($m->trim()), $m->contains('国人')]);
show('split class', get_class($m->split(',')));

echo "-- bad input\n";
fails('repeat(-1)', fn () => $s->repeat(-1));
fails('split("")', fn () => $s->split(''));
fails('chunk(0)', fn () => $s->chunk(0));
fails('chunkSplit(0)', fn () => $s->chunkSplit(0));
fails('indexOf offset', fn () => $s->indexOf('o', 100));
fails('mb encoding', fn () => $m->indexOf('中', 0, 'no-such-encoding'));
fails('mb chunk(0)', fn () => $m->chunk(0));
fails('append([])', fn () => $s->append([]));
fails('append(object)', fn () => $s->append(new stdClass));
fails('indexOf([])', fn () => $s->indexOf([]));
fails('constructor type', fn () => new StringObject([]));
fails('substr arg count', fn () => $s->substr());
class Broken extends StringObject { function __construct() { unset($this->string); } }
fails('unset property', fn () => (new Broken)->length());

echo "-- subclass\n";
class MyArray extends WServer\ArrayObject {}
class MyString extends StringObject {
    public function __construct(string $s = '') { parent::__construct("<$s>"); }
    protected static function detectArrayType(array $value): WServer\ArrayObject { return new MyArray($value); }
    public function raw(): string { return $this->string; }
}
$my = MyString::from('a,b');
show('from', [get_class($my), $my->raw()]);
show('upper', [get_class($my->upper()), $my->upper()->raw()]);
show('split', $my->split(','));
echo "done\n";
--EXPECT--
constructed           WServer\StringObject( Hello, World )
from                  WServer\StringObject(x)
from()                WServer\StringObject()
length                14
indexOf               [5,9,false]
lastIndexOf           [9,5,false]
pos/rpos              [3,11]
ipos                  [8,false]
reverse               WServer\StringObject( dlroW ,olleH )
lower/upper           [" hello, world "," HELLO, WORLD "]
trim                  WServer\StringObject(Hello, World)
trim chars            WServer\StringObject(ello, Worl)
ltrim/rtrim           ["Hello, World "," Hello, World"]
substr                ["Hello","World ","llo, World "]
repeat                WServer\StringObject(Hello, WorldHello, World)
replace               [" Hell0, W0rld ",2]
replace no count      WServer\StringObject( HeLLo, WorLd )
startsWith            [true,false,true]
endsWith              [true,false,true,false]
equals                [true,true,true,false,false]
contains              [true,false,true]
split                 WServer\ArrayObject["Hello","World"]
split limit           WServer\ArrayObject["a","b.c"]
char                  ["H","d","","",""]
chunkSplit            WServer\StringObject(abc|def|g|)
chunkSplit default    "\"abc\\r\\n\""
chunk                 WServer\ArrayObject["abc","def","g"]
chunk default         WServer\ArrayObject["a","b","c"]
toString              true
unchanged             WServer\StringObject( Hello, World )
append                ["abcd","abcd",true]
append int            WServer\StringObject(abcd5)
Stringable            true
-- MultibyteStringObject
length                [8,22]
indexOf               [2,6,false,1]
lastIndexOf           [6,0]
ipos                  [0,3]
substr                ["\u4e2d\u56fd","\u4e2d\u56fd","\u6211\u662f\u4e2d\u56fd\u4eba,\u4e2d\u56fd"]
chunk                 WServer\ArrayObject["\u6211\u662f\u4e2d","\u56fd\u4eba,","\u4e2d\u56fd"]
inherited             ["\u6211\u662f\u4e2d\u56fd\u4eba,\u4e2d\u56fd","WServer\\MultibyteStringObject",true]
split class           "WServer\\ArrayObject"
-- bad input
repeat(-1)            ValueError: str_repeat(): Argument #2 ($times) must be greater than or equal to 0
split("")             ValueError: explode(): Argument #1 ($separator) cannot be empty
chunk(0)              ValueError: str_split(): Argument #2 ($length) must be greater than 0
chunkSplit(0)         ValueError: chunk_split(): Argument #2 ($length) must be greater than 0
indexOf offset        ValueError: strpos(): Argument #3 ($offset) must be contained in argument #1 ($haystack)
mb encoding           ValueError: mb_strpos(): Argument #4 ($encoding) must be a valid encoding, "no-such-encoding" given
mb chunk(0)           ValueError: mb_str_split(): Argument #2 ($length) must be greater than 0
append([])            TypeError: WServer\StringObject::append(): Argument #1 ($str) must be a string or Stringable, array given
append(object)        Error: Object of class stdClass could not be converted to string
indexOf([])           TypeError: WServer\StringObject::indexOf(): Argument #1 ($needle) must be of type string, array given
constructor type      TypeError: WServer\StringObject::__construct(): Argument #1 ($string) must be of type string, array given
substr arg count      ArgumentCountError: WServer\StringObject::substr() expects at least 1 argument, 0 given
unset property        Error: Broken::$string must not be accessed before initialization
-- subclass
from                  ["MyString","<a,b>"]
upper                 ["MyString","<<A,B>>"]
split                 MyArray["<a","b>"]
done
