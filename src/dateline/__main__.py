from dateline.cli import main

main()
