<?php

/**
 * @generate-class-entries
 * @generate-legacy-arginfo 80100
 */

namespace WServer {
    /**
     * A byte string with methods (Swoole's library StringObject): each method that makes a new
     * string returns a new object of the caller's class; the object itself stays as it was
     * (but for append(), which also extends it, as Swoole's does).
     */
    class StringObject implements \Stringable
    {
        protected string $string = '';

        public function __construct(string $string = '') {}

        public function __toString(): string {}

        public static function from(string $string = ''): static {}

        public function length(): int {}

        public function indexOf(string $needle, int $offset = 0): int|false {}

        public function lastIndexOf(string $needle, int $offset = 0): int|false {}

        /** @implementation-alias WServer\StringObject::indexOf */
        public function pos(string $needle, int $offset = 0): int|false {}

        /** @implementation-alias WServer\StringObject::lastIndexOf */
        public function rpos(string $needle, int $offset = 0): int|false {}

        public function reverse(): static {}

        /** @return int|false */
        public function ipos(string $needle) {}

        public function lower(): static {}

        public function upper(): static {}

        /** '' trims whitespace, as trim() with no list does. */
        public function trim(string $characters = ''): static {}

        public function ltrim(): StringObject {}

        public function rtrim(): StringObject {}

        /** @return static */
        public function substr(int $offset, ?int $length = null) {}

        public function repeat(int $times): static {}

        public function append(mixed $str): static {}

        /** @param int $count the number of replacements made */
        public function replace(string $search, string $replace, mixed &$count = null): static {}

        public function startsWith(string $needle): bool {}

        public function endsWith(string $needle): bool {}

        public function equals(mixed $str, bool $strict = false): bool {}

        public function contains(string $subString): bool {}

        public function split(string $delimiter, int $limit = PHP_INT_MAX): ArrayObject {}

        /** The byte at $index (from the end when negative); '' past either end. */
        public function char(int $index): string {}

        public function chunkSplit(int $length = 76, string $separator = "\r\n"): static {}

        public function chunk(int $length = 1): ArrayObject {}

        public function toString(): string {}

        protected static function detectArrayType(array $value): ArrayObject {}
    }

    /** A StringObject counting characters (mbstring) rather than bytes. */
    class MultibyteStringObject extends StringObject
    {
        public function length(): int {}

        public function indexOf(string $needle, int $offset = 0, ?string $encoding = null): int|false {}

        public function lastIndexOf(string $needle, int $offset = 0, ?string $encoding = null): int|false {}

        /** @implementation-alias WServer\MultibyteStringObject::indexOf */
        public function pos(string $needle, int $offset = 0, ?string $encoding = null): int|false {}

        /** @implementation-alias WServer\MultibyteStringObject::lastIndexOf */
        public function rpos(string $needle, int $offset = 0, ?string $encoding = null): int|false {}

        public function ipos(string $needle, int $offset = 0, ?string $encoding = null): int|false {}

        public function substr(int $start, ?int $length = null, ?string $encoding = null): static {}

        public function chunk(int $length = 1): ArrayObject {}
    }

    /** new StringObject($string) (Swoole's swoole_string()). */
    function string_object(string $string = ''): StringObject {}

    /** new MultibyteStringObject($string) (Swoole's swoole_mbstring()). */
    function mbstring_object(string $string = ''): MultibyteStringObject {}
}
