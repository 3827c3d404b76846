<?php

/**
 * @generate-class-entries
 * @generate-legacy-arginfo 80100
 */

namespace WServer\Exception {
    /** What ArrayObject::get() throws for a key the array lacks; the message is the key. */
    class ArrayKeyNotExists extends \RuntimeException
    {
    }
}

namespace WServer {
    /**
     * An array with methods (Swoole's library ArrayObject). Methods named after a sort or a
     * change (set(), push(), sort()...) change this object; those that derive an array (map(),
     * slice(), keys()...) return a new object of the caller's class. get(), first() and kin
     * wrap a string value in a StringObject and an array value in an ArrayObject.
     */
    class ArrayObject implements \ArrayAccess, \Serializable, \Countable, \Iterator
    {
        /** @var array */
        protected $array = [];

        public function __construct(array $array = []) {}

        public function __toArray(): array {}

        public function __serialize(): array {}

        public function __unserialize(array $data): void {}

        public static function from(array $array = []): static {}

        /** @implementation-alias WServer\ArrayObject::__toArray */
        public function toArray(): array {}

        public function isEmpty(): bool {}

        public function count(): int {}

        public function current(): mixed {}

        public function key(): mixed {}

        public function valid(): bool {}

        public function rewind(): void {}

        public function next(): void {}

        /** @throws Exception\ArrayKeyNotExists */
        public function get(mixed $key): mixed {}

        public function getOr(mixed $key, mixed $default = null): mixed {}

        public function last(): mixed {}

        public function firstKey(): int|string|null {}

        public function lastKey(): int|string|null {}

        public function first(): mixed {}

        public function set(mixed $key, mixed $value): ArrayObject {}

        public function delete(mixed $key): ArrayObject {}

        /** Deletes the first entry equal to $value, or every one when $loop. */
        public function remove(mixed $value, bool $strict = true, bool $loop = false): ArrayObject {}

        public function clear(): ArrayObject {}

        public function offsetGet(mixed $key): mixed {}

        /** A null key ($object[] = $value) appends. */
        public function offsetSet(mixed $key, mixed $value): void {}

        public function offsetUnset(mixed $key): void {}

        public function offsetExists(mixed $key): bool {}

        public function exists(mixed $key): bool {}

        public function contains(mixed $value, bool $strict = true): bool {}

        /** The first key holding $value, or false. */
        public function indexOf(mixed $value, bool $strict = true): int|string|false {}

        /** The last key holding $value, or null (not false, as Swoole's). */
        public function lastIndexOf(mixed $value, bool $strict = true): int|string|null {}

        /** @implementation-alias WServer\ArrayObject::indexOf */
        public function search(mixed $needle, bool $strict = true): int|string|false {}

        public function join(string $glue = ''): StringObject {}

        public function serialize(): string {}

        public function unserialize(string|\Stringable $string): ArrayObject {}

        public function sum(): int|float {}

        public function product(): int|float {}

        /** @implementation-alias WServer\ArrayObject::pushBack */
        public function push(mixed $value): int {}

        public function pushFront(mixed $value): int {}

        public function append(mixed ...$values): ArrayObject {}

        public function pushBack(mixed $value): int {}

        public function insert(int $offset, mixed $value): ArrayObject {}

        /** @implementation-alias WServer\ArrayObject::popBack */
        public function pop(): mixed {}

        public function popFront(): mixed {}

        public function popBack(): mixed {}

        public function slice(int $offset, ?int $length = null, bool $preserve_keys = false): static {}

        public function randomGet(): mixed {}

        public function each(callable $fn): ArrayObject {}

        public function map(callable $fn, array ...$args): static {}

        public function reduce(callable $fn, mixed $initial = null): mixed {}

        public function keys(mixed ...$args): static {}

        public function values(): static {}

        public function column(mixed $column_key, mixed $index = null): static {}

        public function unique(int $sort_flags = SORT_STRING): static {}

        public function reverse(bool $preserve_keys = false): static {}

        public function chunk(int $size, bool $preserve_keys = false): static {}

        public function flip(): static {}

        public function filter(callable $fn, int $flag = 0): static {}

        public function asort(int $sort_flags = SORT_REGULAR): ArrayObject {}

        public function arsort(int $sort_flags = SORT_REGULAR): ArrayObject {}

        public function krsort(int $sort_flags = SORT_REGULAR): ArrayObject {}

        public function ksort(int $sort_flags = SORT_REGULAR): ArrayObject {}

        public function natcasesort(): ArrayObject {}

        public function natsort(): ArrayObject {}

        public function rsort(int $sort_flags = SORT_REGULAR): ArrayObject {}

        public function shuffle(): ArrayObject {}

        public function sort(int $sort_flags = SORT_REGULAR): ArrayObject {}

        public function uasort(callable $value_compare_func): ArrayObject {}

        public function uksort(callable $value_compare_func): ArrayObject {}

        public function usort(callable $value_compare_func): ArrayObject {}

        protected static function detectType(mixed $value): mixed {}

        protected static function detectStringType(string $value): StringObject {}

        protected static function detectArrayType(array $value): static {}
    }

    /** new ArrayObject($array) (Swoole's swoole_array()). */
    function array_object(array $array = []): ArrayObject {}

    /** An ArrayObject of the arguments (Swoole's swoole_array_list()). */
    function array_list(mixed ...$values): ArrayObject {}

    /** $array[$key] when the key exists (even holding null), else $default. */
    function array_default_value(array $array, mixed $key, mixed $default = null): mixed {}
}
