/**
 * What the command-line commands share below the command tree: running over input files one at a
 * time, and the width of Chinese text on a terminal. Kept apart from {@code cli}, which wires the
 * commands, so that the commands do not depend on their own root.
 */
package org.duban.app.console;
