/** Amounts in whole fen, exact at any size: the runtime's one definition (`Fen` is what codegen maps `Money` to). */
export { intFen, MAX_INT_FEN, sumFen, yuan, type Fen } from '@lifeline/subgraph-runtime';
