#!/usr/bin/env python3
"""Writes a composed report of about MB megabytes (10^6 bytes of UTF-8) to stdout, for size
benchmarks: invented places and indicators with random figures, never a corpus text.

    python3 bench/compose.py 10 single > /tmp/single-10mb.txt    # one line
    python3 bench/compose.py 100 lines > /tmp/lines-100mb.txt    # a paragraph every few sentences
"""
import random
import sys

places = ['临江区', '清河区', '东湖区', '西山县', '南湾镇']
indicators = ['地区生产总值', '一般公共预算收入', '社会消费品零售总额', '固定资产投资', '新增就业岗位', '养老床位', '绿地面积']
units = ['亿元', '万元', '个', '家', '张', '公顷']
verbs = ['达到', '完成', '实现', '新增', '力争达到']

size_mb = float(sys.argv[1])
lines = len(sys.argv) > 2 and sys.argv[2] == 'lines'
random.seed(int(sys.argv[3]) if len(sys.argv) > 3 else 1)
target = int(size_mb * 1_000_000)
out = sys.stdout
head = '临江区2024年政府工作报告' + ('\n' if lines else '。')
out.write(head)
size = len(head.encode())
chunk = []
while size < target:
    s = '%s%d年%s%s%.1f%s，比上年增长%.1f%%。' % (
        random.choice(places), random.randint(2015, 2025), random.choice(indicators),
        random.choice(verbs), random.uniform(1, 9999), random.choice(units), random.uniform(0.1, 20))
    if lines and random.random() < 0.2:
        s += '\n'
    chunk.append(s)
    size += len(s.encode())
    if len(chunk) >= 10000:
        out.write(''.join(chunk))
        chunk = []
out.write(''.join(chunk))
