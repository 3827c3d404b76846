#!/usr/bin/env python3
"""Instructions per request of each function, from the two runs bench/ircount.sh KEEP=<dir>
kept: (long run's Ir - short run's Ir) / (long run's requests - short run's), so start-up
cancels out.   bench/irdiff.py <dir> worker|server [--inclusive] [N lines]"""
import glob, re, subprocess, sys

d, name = sys.argv[1], sys.argv[2]
incl = '--inclusive' in sys.argv
rest = [a for a in sys.argv[3:] if a != '--inclusive']
top = int(rest[0]) if rest else 40


def load(secs):
    f = glob.glob(f'{d}/{name}.{secs}.callgrind')[0]
    n = int(open(f'{d}/{name}.{secs}.requests').read())
    out = subprocess.run(['callgrind_annotate', '--threshold=100', '--auto=no',
                          f'--inclusive={"yes" if incl else "no"}', f],
                         capture_output=True, text=True).stdout
    fn = {}
    for line in out.splitlines():
        m = re.match(r'\s*([\d,]+) \([^)]*\)\s+(\S.*)$', line)
        if m and 'PROGRAM TOTALS' not in line:
            key = re.sub(r' \[.*\]$', '', m.group(2)).split(':')[-1]
            fn[key] = fn.get(key, 0) + int(m.group(1).replace(',', ''))
    return fn, n


short = sorted(int(f.split('.')[-2]) for f in glob.glob(f'{d}/{name}.*.callgrind'))
a, na = load(short[0])
b, nb = load(short[-1])
rows = sorted(((b.get(k, 0) - a.get(k, 0)) / (nb - na), k) for k in set(a) | set(b))
rows.reverse()
print(f'{name}: {nb - na} requests, {sum(r for r, _ in rows if not incl):.0f} Ir/request')
for r, k in rows[:top]:
    print(f'{r:8.1f}  {k}')
