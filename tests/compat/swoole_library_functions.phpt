--TEST--
Swoole's library helpers: WServer\string_object()/mbstring_object()/array_object()/array_list()/array_default_value(), and under wserver.aliases=swoole swoole_string(), swoole_mbstring(), swoole_array(), swoole_array_list(), swoole_array_default_value(), _string()/_mbstring()/_array() and the Swoole\ class names
--EXTENSIONS--
wserver
mbstring
--FILE--
<?php
echo json_encode([
    get_class(WServer\string_object('a')), (string) WServer\string_object(), WServer\mbstring_object('中国')->length(),
    WServer\array_object([1, 2])->sum(), WServer\array_object()->count(), WServer\array_list('a', 'b')->toArray(),
    WServer\array_list()->toArray(), WServer\array_default_value(['a' => null], 'a', 1), WServer\array_default_value([], 'a', 1),
    WServer\array_default_value([5], '0'), WServer\array_default_value([], 'x'),
]), "\n";
try {
    WServer\array_default_value([], []);
} catch (TypeError $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
try {
    WServer\string_object([]);
} catch (TypeError $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
echo json_encode([function_exists('swoole_string'), class_exists('Swoole\StringObject')]), "\n";

$app = <<<'PHP'
$s = swoole_string(" a:b ");
[$k, $v] = $s->trim()->split(':');
echo json_encode([get_class($s), get_class($s->split(':')), get_class(swoole_mbstring('x')), get_class(swoole_array()),
    $k, $v, swoole_mbstring('我是中国人')->substr(2, 2)->toString(), swoole_array([3, 1])->sort()->toArray(),
    swoole_array_list(1, 2)->toArray(), swoole_array_default_value(['k' => 'v'], 'k'), (string) _string('x')->upper(),
    _mbstring('中国')->length(), _array([1])->count(), swoole_string('a') instanceof WServer\StringObject]), "\n";
try {
    swoole_array()->get('nope');
} catch (Swoole\Exception\ArrayKeyNotExists $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
class AppString extends Swoole\StringObject {}
echo get_class(AppString::from('a')->lower()), "\n";
PHP;
$cmd = escapeshellarg(PHP_BINARY) . ' ' . (getenv('WSERVER_TEST_PHP_ARGS') ?: '')
    . ' -d wserver.aliases=swoole -r ' . escapeshellarg($app) . ' 2>&1';
echo shell_exec($cmd);
?>
--EXPECT--
["WServer\\StringObject","",2,3,0,["a","b"],[],null,1,5,null]
TypeError: Illegal offset type array
TypeError: WServer\string_object(): Argument #1 ($string) must be of type string, array given
[false,false]
["Swoole\\StringObject","Swoole\\ArrayObject","Swoole\\MultibyteStringObject","Swoole\\ArrayObject","a","b","\u4e2d\u56fd",[1,3],[1,2],"v","X",2,1,true]
Swoole\Exception\ArrayKeyNotExists: nope
AppString
