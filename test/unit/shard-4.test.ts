import { loadShard } from "./files";

loadShard(4);
