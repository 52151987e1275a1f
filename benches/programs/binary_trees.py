# Binary trees (benchmarks game): allocation and deallocation of many small tuples, recursion, tree traversal
# molt: max-slowdown=0.45 max-allocs=3544704
# Speed floor 2.2x (measured 4.75x with borrowed parameters and molt_tuple_new2, decision 0022).
def make_tree(depth):
    if depth == 0:
        return (None, None)
    depth -= 1
    return (make_tree(depth), make_tree(depth))


def check_tree(node):
    left, right = node
    if left is None:
        return 1
    return 1 + check_tree(left) + check_tree(right)


def main(max_depth):
    min_depth = 4
    stretch_depth = max_depth + 1
    print(f"stretch tree of depth {stretch_depth}\t check: {check_tree(make_tree(stretch_depth))}")
    long_lived_tree = make_tree(max_depth)
    for depth in range(min_depth, max_depth + 1, 2):
        iterations = 2 ** (max_depth - depth + min_depth)
        check = 0
        for _ in range(iterations):
            check += check_tree(make_tree(depth))
        print(f"{iterations}\t trees of depth {depth}\t check: {check}")
    print(f"long lived tree of depth {max_depth}\t check: {check_tree(long_lived_tree)}")


main(14)
