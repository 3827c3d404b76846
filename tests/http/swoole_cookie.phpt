--TEST--
Http\Cookie as Swoole 6's: with*() setters return the same object, toString() in Swoole's spelling (encoded value, expires with Max-Age, name=deleted without a value), raw values checked, toArray(), reset(); a subclass that skips the constructor is unusable (reset() sets the last error HTTP_COOKIE_UNAVAILABLE)
--EXTENSIONS--
wserver
--INI--
wserver.aliases=swoole
date.timezone=UTC
--FILE--
<?php
$c = new Swoole\Http\Cookie();
var_dump($c->withName('n') === $c);
$c->withValue('a b/c')->withExpires(time() + 60)->withPath('/p')->withDomain('d.test')->withSecure(true)->withHttpOnly(true)->withSameSite('Strict')->withPriority('Low')->withPartitioned(true);
echo preg_replace('/expires=[^;]+/', 'expires=DATE', $c->toString()), "\n";
$c->withValue('');
echo $c->toString(), "\n";
$c->withExpires(253402300800)->withValue('v');
var_dump($c->toString());
$raw = new Swoole\Http\Cookie(false);
var_dump($raw->withName('r')->withValue('a;b')->toString(), $raw->withValue('a%3Bb')->toString());
var_dump((new Swoole\Http\Cookie())->withName('a=b')->toString(), (new Swoole\Http\Cookie())->toString());
$c->reset();
var_dump($c->toArray());
class BadCookie extends Swoole\Http\Cookie
{
    public function __construct() {}
}
$bad = new BadCookie();
var_dump($bad->toString());
swoole_clear_error();
$bad->reset();
var_dump(swoole_last_error() === SWOOLE_ERROR_HTTP_COOKIE_UNAVAILABLE);
try {
    $bad->withName('foo');
} catch (Error $e) {
    echo $e->getMessage(), "\n";
}
?>
--EXPECTF--
bool(true)
n=a+b%2Fc; expires=DATE; Max-Age=60; path=/p; domain=d.test; secure; HttpOnly; SameSite=Strict; Priority=Low; Partitioned
n=deleted; expires=Thu, 01-Jan-1970 00:00:01 GMT; Max-Age=0; path=/p; domain=d.test; secure; HttpOnly; SameSite=Strict; Priority=Low; Partitioned

Warning: Swoole\Http\Cookie::toString(): The expires cannot have a year greater than 9999 in %s on line %d
bool(false)

Warning: Swoole\Http\Cookie::toString(): The value cannot contain ",", ";", " ", "\t", "\r", "\n", "\013", or "\014" in %s on line %d
bool(false)
string(7) "r=a%3Bb"

Warning: Swoole\Http\Cookie::toString(): The name cannot contain "=", ",", ";", " ", "\t", "\r", "\n", "\013", or "\014" in %s on line %d

Warning: Swoole\Http\Cookie::toString(): The name cannot be empty in %s on line %d
bool(false)
bool(false)
array(11) {
  ["name"]=>
  string(0) ""
  ["value"]=>
  string(0) ""
  ["path"]=>
  string(0) ""
  ["domain"]=>
  string(0) ""
  ["sameSite"]=>
  string(0) ""
  ["priority"]=>
  string(0) ""
  ["encode"]=>
  bool(true)
  ["expires"]=>
  int(0)
  ["secure"]=>
  bool(false)
  ["httpOnly"]=>
  bool(false)
  ["partitioned"]=>
  bool(false)
}
bool(false)
bool(true)
Swoole\Http\Cookie is not initialized
