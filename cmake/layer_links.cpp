// The program each clausecheck_links_<layer> check links: nothing runs it. It
// takes every object of one layer's library whole, with only the layers below,
// so a reference from the layer to one above is an undefined symbol at link time.
int main() { return 0; }
